/**
 * What every module leans on: the application clock, the typed business errors that controllers
 * turn into field errors or problem details, pagination, the embedded database, the JSON API's
 * {@code Idempotency-Key} filter, the scheduler with its cluster lock (ShedLock), and the view of
 * event reactions that did not complete. It depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package dev.facet.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
