/** Routes to the services (in application.yaml) and what the gateway answers when a service is down. */
@NullMarked
package com.fakebook.gateway.routing;

import org.jspecify.annotations.NullMarked;
