@NullMarked
package dev.facet.shared.database;

import org.jspecify.annotations.NullMarked;
