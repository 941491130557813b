/** The local Kafka broker from a test's side: watch a topic, put a record on it. */
@NullMarked
package com.fakebook.testsupport.kafka;

import org.jspecify.annotations.NullMarked;
