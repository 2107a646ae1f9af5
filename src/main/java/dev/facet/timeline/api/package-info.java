@NullMarked
package dev.facet.timeline.api;

import org.jspecify.annotations.NullMarked;
