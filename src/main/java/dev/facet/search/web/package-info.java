@NullMarked
package dev.facet.search.web;

import org.jspecify.annotations.NullMarked;
