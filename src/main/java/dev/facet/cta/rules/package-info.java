@NullMarked
package dev.facet.cta.rules;

import org.jspecify.annotations.NullMarked;
