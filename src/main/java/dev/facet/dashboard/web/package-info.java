@NullMarked
package dev.facet.dashboard.web;

import org.jspecify.annotations.NullMarked;
