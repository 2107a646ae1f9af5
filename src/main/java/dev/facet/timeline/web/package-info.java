@NullMarked
package dev.facet.timeline.web;

import org.jspecify.annotations.NullMarked;
