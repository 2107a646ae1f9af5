@NullMarked
package dev.facet.metrics.web;

import org.jspecify.annotations.NullMarked;
