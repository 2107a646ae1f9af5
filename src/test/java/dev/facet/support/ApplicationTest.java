package dev.facet.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application context that whole-flow tests share (one database for all of them): the
 * real server on a random port, a {@code RestTestClient} for the API and MockMvc for pages. The
 * daily digests' check waits an hour: left to run, it would mail every test TAM with overdue tasks
 * while other tests count statements or mails; the digest tests run it themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "facet.digest.check-initial-delay=PT1H")
@AutoConfigureRestTestClient
@AutoConfigureMockMvc
public @interface ApplicationTest {}
