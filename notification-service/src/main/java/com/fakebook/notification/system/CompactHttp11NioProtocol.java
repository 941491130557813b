package com.fakebook.notification.system;

import org.apache.coyote.http11.Http11NioProtocol;

/**
 * Tomcat's HTTP/1.1 protocol (NIO) with a response buffer of a chosen size instead of Tomcat's 8 KiB. A request
 * keeps its buffers for as long as it lasts, and an open notification stream is a request that lasts up to
 * {@code fakebook.stream.max-age}: 8 KiB of bytes and 8 Ki chars of response buffer are much of what each holds.
 * Tomcat makes the protocol from its class name (hence public); {@link ConnectionBuffers} sets the size.
 */
public class CompactHttp11NioProtocol extends Http11NioProtocol {

    private int responseBufferSize = -1;

    /** The size, in bytes, of each response's buffer (and, in chars, of its writer's); -1 for Tomcat's 8 KiB. */
    public void setResponseBufferSize(int responseBufferSize) {
        this.responseBufferSize = responseBufferSize;
    }

    /** Read by the connector each time it makes a response. */
    @Override
    public int getDesiredBufferSize() {
        return responseBufferSize;
    }
}
