/** The admin's screens for the enablement email templates and the program's settings. */
@NullMarked
package dev.facet.email.web;

import org.jspecify.annotations.NullMarked;
