package dev.facet.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page action that cannot be taken back (skip an email, delete a CTA, revoke a token): it
 * runs only when the request carries {@code confirmed=true}. In the browser, {@code facet.js} asks
 * with the form's {@code data-confirm} question and adds that field when the person says yes;
 * without JavaScript the first post answers a page that asks {@link #value() the question} and posts
 * again with the field. Saying no does nothing, either way.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AsksFirst {

    /** The message key of the question, a sentence without arguments. */
    String value();
}
