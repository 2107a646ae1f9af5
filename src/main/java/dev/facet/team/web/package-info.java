@NullMarked
package dev.facet.team.web;

import org.jspecify.annotations.NullMarked;
