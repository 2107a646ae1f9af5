@NullMarked
package dev.facet.report.web;

import org.jspecify.annotations.NullMarked;
