package com.fakebook.messaging;

import static org.awaitility.Awaitility.await;

import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.chat.ChatSocket;
import com.fakebook.testsupport.keycloak.Actor;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application on a random port against the real PostgreSQL (a fresh database), Kafka, Redis and Keycloak, with
 * people who log in for real. Ana, Bruno and Carla are friends of each other; Dora is nobody's friend (a
 * stranger). Each test starts from no conversation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
public abstract class MessagingIntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    protected static final Actor ana = Actor.named("Ana");
    protected static final Actor bruno = Actor.named("Bruno");
    protected static final Actor carla = Actor.named("Carla");
    protected static final Actor dora = Actor.named("Dora");

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected JdbcClient db;

    @Autowired
    private RedisMessageListenerContainer deliveries;

    protected Api api;
    protected Graph graph;

    /** A chat socket of the actor's on the instance at this port, as a client holds it. */
    protected static ChatSocket connect(int port, Actor actor) {
        return ChatSocket.open(
                URI.create("ws://127.0.0.1:" + port + "/ws/chat"), Map.of("Authorization", "Bearer " + actor.token()));
    }

    /**
     * Sockets are refused (503) until this instance has subscribed to its deliveries, which a context just started
     * may not have done yet (nor one whose Redis a previous test stopped): wait for it, as a client would retry.
     */
    @BeforeEach
    void subscribedToDeliveries() {
        await().atMost(PATIENCE).until(deliveries::isRunning);
    }

    @BeforeEach
    void freshScene() {
        api = Api.onPort(port);
        graph = new Graph(db);
        graph.clear();
        for (var actor : new Actor[] {ana, bruno, carla, dora}) {
            graph.person(actor);
        }
        graph.friends(ana, bruno);
        graph.friends(ana, carla);
        graph.friends(bruno, carla);
    }
}
