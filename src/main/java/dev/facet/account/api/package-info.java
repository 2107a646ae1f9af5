@NullMarked
package dev.facet.account.api;

import org.jspecify.annotations.NullMarked;
