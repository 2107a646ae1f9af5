@NullMarked
package dev.facet.playbook.web;

import org.jspecify.annotations.NullMarked;
