/** The web client's files (module web-client, on the classpath under static/): caching and the SPA fallback. */
@NullMarked
package com.fakebook.gateway.web;

import org.jspecify.annotations.NullMarked;
