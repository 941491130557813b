package com.fakebook.friend;

import static org.awaitility.Awaitility.await;

import com.fakebook.friend.suggestion.SuggestionRefresher;
import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.events.CommittedEvents;
import com.fakebook.testsupport.keycloak.Actor;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application on a random port against the real PostgreSQL (a fresh database), Kafka, Redis and Keycloak,
 * with five people who log in for real: Ana, Bruno, Carla, Dora and Eva, known to the read model. Each test starts
 * from no request, friendship or block, and with the actors' rate limits unused. The events a change committed are
 * counted in {@link CommittedEvents}, not in the outbox's table, which keeps only what Kafka has not acknowledged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
@Import(CommittedEvents.class)
public abstract class FriendServiceIntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    protected static final Actor ana = Actor.named("Ana");
    protected static final Actor bruno = Actor.named("Bruno");
    protected static final Actor carla = Actor.named("Carla");
    protected static final Actor dora = Actor.named("Dora");
    protected static final Actor eva = Actor.named("Eva");

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected JdbcClient db;

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    protected CommittedEvents committed;

    protected Api api;
    protected Graph graph;

    @Autowired
    protected SuggestionRefresher refresher;

    @BeforeEach
    void freshScene() {
        api = Api.onPort(port);
        graph = new Graph(db);
        // The worker may still be computing a list the last test queued: it would store it after the clearing.
        db.sql("delete from suggestion_refreshes").update();
        await().atMost(PATIENCE).until(() -> !refresher.busy());
        graph.clear();
        committed.clear();
        for (var actor : new Actor[] {ana, bruno, carla, dora, eva}) {
            graph.person(actor);
            var keys = redis.keys("fakebook:friend:rate:*:" + actor.id() + ":*");
            if (!keys.isEmpty()) {
                redis.delete(keys);
            }
        }
    }
}
