package com.fakebook.notification.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Smaller per-connection buffers than Tomcat's, because most of this service's connections are open notification
 * streams, each holding its buffers for as long as it lasts while sending a few hundred bytes a minute
 * (bench/notifications, docs/local-runtime.md). The socket's read and write buffers
 * ({@code fakebook.server.socket-buffer}, Tomcat: 8 KiB each; the request header buffer is read buffer plus
 * {@code server.max-http-request-header-size}) and the response buffer ({@code fakebook.server.response-buffer},
 * Tomcat: 8 KiB plus as many chars). Larger requests and responses still pass: they are read and written in more
 * pieces.
 */
@Component
class ConnectionBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final DataSize socketBuffer;
    private final DataSize responseBuffer;

    ConnectionBuffers(
            @Value("${fakebook.server.socket-buffer:2KB}") DataSize socketBuffer,
            @Value("${fakebook.server.response-buffer:2KB}") DataSize responseBuffer) {
        this.socketBuffer = socketBuffer;
        this.responseBuffer = responseBuffer;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.setProtocol(CompactHttp11NioProtocol.class.getName());
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", Long.toString(socketBuffer.toBytes()));
            connector.setProperty("socket.appWriteBufSize", Long.toString(socketBuffer.toBytes()));
            if (connector.getProtocolHandler() instanceof CompactHttp11NioProtocol protocol) {
                protocol.setResponseBufferSize(Math.toIntExact(responseBuffer.toBytes()));
            }
        });
    }
}
