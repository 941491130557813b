/** The contract of Fakebook's domain events: one package and one sealed interface per Kafka topic. */
@NullMarked
package com.fakebook.events;

import org.jspecify.annotations.NullMarked;
