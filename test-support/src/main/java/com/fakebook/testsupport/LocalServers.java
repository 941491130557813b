package com.fakebook.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test against the real local servers: the application's PostgreSQL role gets a fresh database
 * for this test run (created on first use, dropped when the JVM exits), and the local secrets resolve the
 * application's {@code ${...}} placeholders. Kafka, Redis and Keycloak are the local ones the application's
 * configuration already names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface LocalServers {}
