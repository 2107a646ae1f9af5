/**
 * The admin shell: the landing page that leads to each admin screen. The screens themselves live in
 * the modules that own their data (users and tokens in security, thresholds in gemstone).
 */
@ApplicationModule
@NullMarked
package dev.facet.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
