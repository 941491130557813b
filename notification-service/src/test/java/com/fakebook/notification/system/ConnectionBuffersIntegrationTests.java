package com.fakebook.notification.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.notification.Logins;
import com.fakebook.notification.NotificationServiceIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/** The server runs with the smaller per-connection buffers, and requests and answers larger than them still pass. */
class ConnectionBuffersIntegrationTests extends NotificationServiceIntegrationTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void theConnectorHasTheSmallerBuffers() {
        var connector = connector();

        assertThat(connector.getProtocolHandler()).isInstanceOf(CompactHttp11NioProtocol.class);
        assertThat(connector.getProtocolHandler().getDesiredBufferSize()).isEqualTo(2048);
        assertThat(connector.getProperty("socket.appReadBufSize")).hasToString("2048");
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("2048");
        assertThat(connector.getProperty("maxHttpResponseHeaderSize")).hasToString("4096");
    }

    @Test
    void aRequestAndAnAnswerManyTimesTheBuffersPassWhole() {
        var start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (var i = 0; i < 100; i++) {
            storedNotification(ana, bruno, start.minusSeconds(i));
        }

        var body = api.client()
                .get()
                .uri("/api/notifications?size=100")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Logins.token(ana))
                .header("X-Padding", "x".repeat(6000))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body).hasSizeGreaterThan(20 * 2048);
        assertThat(JsonMapper.builder().build().readTree(body).path("items").size())
                .isEqualTo(100);
    }

    private Connector connector() {
        return ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
    }
}
