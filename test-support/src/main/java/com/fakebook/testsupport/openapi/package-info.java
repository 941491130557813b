/** Keeps each service's OpenAPI document, committed for the web client, equal to the one the service serves. */
@NullMarked
package com.fakebook.testsupport.openapi;

import org.jspecify.annotations.NullMarked;
