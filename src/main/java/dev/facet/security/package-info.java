/**
 * Who is signed in and what they may do: users with their roles, manager and time zone, form login
 * with throttling of failed attempts, the security headers, the API tokens that integrations
 * such as the CRM use, and each user's profile (time zone, weekly report subscription, daily digests). Other modules see users only through {@link dev.facet.security.UserManagement}
 * and {@link dev.facet.security.CurrentUser}.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.facet.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
