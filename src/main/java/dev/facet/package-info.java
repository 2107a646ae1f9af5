@NullMarked
package dev.facet;

import org.jspecify.annotations.NullMarked;
