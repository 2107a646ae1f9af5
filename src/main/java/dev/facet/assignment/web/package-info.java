@NullMarked
package dev.facet.assignment.web;

import org.jspecify.annotations.NullMarked;
