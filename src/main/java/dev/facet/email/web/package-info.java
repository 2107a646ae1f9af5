@NullMarked
package dev.facet.email.web;

import org.jspecify.annotations.NullMarked;
