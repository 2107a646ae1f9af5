@NullMarked
package dev.facet.metrics.api;

import org.jspecify.annotations.NullMarked;
