package dev.facet.gemstone;

import dev.facet.account.Gemstone;

/** A gemstone and the clause that put the account there, in words. */
public record Classification(Gemstone gemstone, String because) {}
