@NullMarked
package dev.facet.gemstone.web;

import org.jspecify.annotations.NullMarked;
