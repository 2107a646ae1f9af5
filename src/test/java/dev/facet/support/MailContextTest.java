package dev.facet.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The application with an SMTP server: GreenMail on port 3025 (register it with {@code
 * GreenMailExtension(ServerSetupTest.SMTP)}). A context of its own, also for tests that change
 * global settings such as the weekly report's. The scheduled jobs wait an hour, so tests run the
 * sender themselves and nothing retries behind their back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationTest
@TestPropertySource(
        properties = {
            "facet.test.context=mail",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            "facet.mail.send-interval=PT1H",
            "facet.mail.send-initial-delay=PT1H",
            "facet.events.retry-older-than=PT1H"
        })
public @interface MailContextTest {}
