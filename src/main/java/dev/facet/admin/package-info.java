/**
 * The admin shell: the home page that tells an admin whether anything is stuck (mails, reactions,
 * locked-out users) and leads to each admin screen. The screens themselves live in the modules that
 * own their data (users and tokens in security, thresholds in gemstone, the outbox in mail).
 */
@ApplicationModule
@NullMarked
package dev.facet.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
