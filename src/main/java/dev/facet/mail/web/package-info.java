@NullMarked
package dev.facet.mail.web;

import org.jspecify.annotations.NullMarked;
