@NullMarked
package dev.facet.cta.web;

import org.jspecify.annotations.NullMarked;
