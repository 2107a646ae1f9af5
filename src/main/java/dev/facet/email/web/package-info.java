/** The admin's screens for the enablement email templates and settings, and the TAM's panel of a CTA's emails. */
@NullMarked
package dev.facet.email.web;

import org.jspecify.annotations.NullMarked;
