@NullMarked
package dev.facet.shared.web;

import org.jspecify.annotations.NullMarked;
