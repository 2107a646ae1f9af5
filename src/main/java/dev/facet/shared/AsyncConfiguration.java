package dev.facet.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Reactions to events that run after commit in the background (Spring Modulith listeners). */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {}
