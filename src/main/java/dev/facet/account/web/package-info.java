@NullMarked
package dev.facet.account.web;

import org.jspecify.annotations.NullMarked;
