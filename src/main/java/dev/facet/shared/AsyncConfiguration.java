package dev.facet.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Reactions to events that run after commit in the background (Spring Modulith listeners). The
 * scheduled jobs are set up in {@link SchedulingConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {}
