@NullMarked
package dev.facet.security.web;

import org.jspecify.annotations.NullMarked;
