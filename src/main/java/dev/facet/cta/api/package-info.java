@NullMarked
package dev.facet.cta.api;

import org.jspecify.annotations.NullMarked;
