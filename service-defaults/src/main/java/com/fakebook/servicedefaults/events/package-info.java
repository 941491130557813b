/**
 * Domain events on Kafka, the same way in every service: publishing through Spring Modulith's outbox with
 * CloudEvents headers, reading a record into its event by type, deduplicating deliveries, dead-lettering poison.
 */
@NullMarked
package com.fakebook.servicedefaults.events;

import org.jspecify.annotations.NullMarked;
