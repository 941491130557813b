package com.fakebook.friend.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.friend.FriendServiceIntegrationTest;
import com.fakebook.testsupport.keycloak.Actor;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Suggestion lists computed off the request path: what changes a list queues its owner, the worker computes it,
 * and the read serves what is stored, filtered. (The tests' fan-out and inline limit are 3: see
 * {@code config/application.yaml}.)
 */
class SuggestionRefreshIntegrationTests extends FriendServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SuggestionRefreshes refreshes;

    @Test
    void aNewFriendshipGivesAFriendOfOneOfThemTheRightMutualCountOnceTheWorkerHasRun() {
        var fausto = graph.person("Fausto");
        graph.friends(ana.id(), fausto);
        graph.friends(ana.id(), bruno.id());
        graph.friends(carla.id(), fausto);
        assertThat(mutualCounts(ana)).containsEntry(carla.id(), 1);

        var request = api.sentRequestId(bruno, carla.id());
        api.post(carla, "/api/friends/requests/" + request + "/accept", null)
                .expectStatus()
                .isNoContent();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(mutualCounts(ana)).containsEntry(carla.id(), 2));
        assertThat(mutualCounts(carla)).as("Carla's own list").containsEntry(ana.id(), 2);
    }

    @Test
    void aFriendOfOneOfThemWithManyFriendsGetsTheNewCountOnceTheWorkerHasRun() {
        var friends = List.of(graph.person("F1"), graph.person("F2"), graph.person("F3"));
        for (var friend : friends) {
            graph.friends(ana.id(), friend);
            graph.friends(carla.id(), friend);
        }
        graph.friends(ana.id(), bruno.id());
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(mutualCounts(ana)).containsEntry(carla.id(), 3));

        var request = api.sentRequestId(bruno, carla.id());
        api.post(carla, "/api/friends/requests/" + request + "/accept", null)
                .expectStatus()
                .isNoContent();

        assertThat(queued()).as("Ana's list marked, not queued").containsEntry(ana.id(), 1);
        assertThat(mutualCounts(ana)).as("served as stored, and queued").containsEntry(carla.id(), 3);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(mutualCounts(ana)).containsEntry(carla.id(), 4));
    }

    @Test
    void anEndedFriendshipLowersTheCountOnceTheWorkerHasRun() {
        var fausto = graph.person("Fausto");
        graph.friends(ana.id(), fausto);
        graph.friends(ana.id(), bruno.id());
        graph.friends(carla.id(), fausto);
        graph.friends(carla.id(), bruno.id());
        assertThat(mutualCounts(ana)).containsEntry(carla.id(), 2);

        api.delete(bruno, "/api/friends/people/" + carla.id() + "/friendship")
                .expectStatus()
                .isNoContent();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(mutualCounts(ana)).containsEntry(carla.id(), 1));
    }

    @Test
    void dismissalsAndBlocksHoldWhenTheWorkerComputesTheListAgain() {
        var fausto = graph.person("Fausto");
        graph.friends(ana.id(), fausto);
        graph.friends(fausto, dora.id());
        graph.friends(fausto, eva.id());
        api.delete(ana, "/api/friends/suggestions/" + eva.id()).expectStatus().isNoContent();
        api.put(dora, "/api/friends/blocks/" + ana.id()).expectStatus().isNoContent();
        var kiko = graph.person("Kiko");
        graph.friends(bruno.id(), kiko);

        var request = api.sentRequestId(bruno, ana.id());
        api.post(ana, "/api/friends/requests/" + request + "/accept", null)
                .expectStatus()
                .isNoContent();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(mutualCounts(ana)).containsKey(kiko));
        assertThat(mutualCounts(ana)).doesNotContainKeys(eva.id(), dora.id());
        assertThat(graph.count(
                        "select count(*) from suggestion_candidates where user_id = ? and candidate_id in (?, ?)",
                        ana.id(),
                        eva.id(),
                        dora.id()))
                .as("left out when computed, not only when read")
                .isZero();
    }

    @Test
    void someoneUnblockedIsSuggestedAgainOnceTheWorkerHasRun() {
        var fausto = graph.person("Fausto");
        graph.friends(ana.id(), fausto);
        graph.friends(fausto, dora.id());
        api.put(ana, "/api/friends/blocks/" + dora.id()).expectStatus().isNoContent();
        await().atMost(PATIENCE).until(() -> graph.count("select count(*) from suggestion_refreshes") == 0);
        assertThat(mutualCounts(ana)).doesNotContainKey(dora.id());

        api.delete(ana, "/api/friends/blocks/" + dora.id()).expectStatus().isNoContent();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(mutualCounts(ana)).containsEntry(dora.id(), 1));
    }

    @Test
    void someoneWithManyFriendsAndNoListGetsNothingUntilTheWorkerHasComputedIt() {
        var friends = List.of(graph.person("F1"), graph.person("F2"), graph.person("F3"), graph.person("F4"));
        for (var friend : friends) {
            graph.friends(ana.id(), friend);
        }
        var kiko = graph.person("Kiko");
        graph.friends(friends.getFirst(), kiko);

        assertThat(mutualCounts(ana))
                .as("more friends than computed on the spot")
                .isEmpty();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(mutualCounts(ana)).containsEntry(kiko, 1));
    }

    @Test
    void aListOlderThanItsMaxAgeIsServedAndQueued() {
        var fausto = graph.person("Fausto");
        graph.friends(ana.id(), fausto);
        assertThat(mutualCounts(ana)).isEmpty();
        var newcomer = graph.person("Newcomer");
        graph.friends(fausto, newcomer);
        assertThat(mutualCounts(ana)).as("a fresh list is served as stored").isEmpty();

        db.sql("update suggestion_lists set computed_at = computed_at - interval '2 days'")
                .update();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(mutualCounts(ana)).containsEntry(newcomer, 1));
    }

    @Test
    void aFriendshipQueuesTheTwoAndOnlyTheNewestFriendsOfEach() {
        var hub = graph.person("Hub");
        var since = Instant.now().minus(10, ChronoUnit.DAYS);
        var friends = new ArrayList<UUID>();
        for (var n = 0; n < 5; n++) {
            var friend = graph.person("Friend " + n);
            graph.friends(hub, friend, since.plus(n, ChronoUnit.HOURS));
            friends.add(friend);
        }
        // Due later, so that the running worker leaves them for the assertions.
        var later = Instant.now().plus(1, ChronoUnit.HOURS);

        refreshes.queueFriendshipChange(hub, eva.id(), 3, later);

        assertThat(queued())
                .isEqualTo(Map.of(hub, 0, eva.id(), 0, friends.get(4), 1, friends.get(3), 1, friends.get(2), 1));
        assertThat(graph.count(
                        "select count(*) from suggestion_refreshes where priority = 1 and due_at = ?",
                        Timestamp.from(SuggestionRefreshes.WHEN_READ)))
                .as("friends' lists only marked")
                .isEqualTo(3);
    }

    @Test
    void queuingAgainKeepsTheHigherPriorityAndTheEarlierDueTime() {
        var later = Instant.now().plus(1, ChronoUnit.HOURS);
        refreshes.queue(ana.id(), SuggestionRefreshes.SECONDARY, later.plusSeconds(60));
        refreshes.queue(ana.id(), SuggestionRefreshes.OWN, later.plusSeconds(120));

        assertThat(queued()).isEqualTo(Map.of(ana.id(), 0));
        assertThat(graph.count(
                        "select count(*) from suggestion_refreshes where due_at = ? and generation = 1",
                        Timestamp.from(later.plusSeconds(60))))
                .isEqualTo(1);
    }

    @Test
    void twoWorkersDrainingAtOnceComputeEachListOnce() throws Exception {
        var fausto = graph.person("Fausto");
        var target = graph.person("Target");
        graph.friends(fausto, target);
        var people = new ArrayList<UUID>();
        var due = Instant.now().plus(1, ChronoUnit.HOURS);
        for (var n = 0; n < 40; n++) {
            var person = graph.person("Person " + n);
            graph.friends(person, fausto);
            refreshes.queue(person, SuggestionRefreshes.OWN, due);
            people.add(person);
        }
        var start = new CountDownLatch(1);
        var computed = 0;
        try (var workers = Executors.newFixedThreadPool(2)) {
            var drains = new ArrayList<Future<Integer>>();
            for (var worker = 0; worker < 2; worker++) {
                drains.add(workers.submit(() -> {
                    start.await();
                    return refresher.drainDueBy(due.plusSeconds(60));
                }));
            }
            start.countDown();
            for (var drain : drains) {
                computed += drain.get();
            }
        }

        assertThat(computed).as("lists computed by the two workers together").isEqualTo(40);
        assertThat(graph.count("select count(*) from suggestion_refreshes")).isZero();
        assertThat(graph.count(
                        "select count(*) from suggestion_candidates where candidate_id = ? and mutual_count = 1",
                        target))
                .isEqualTo(40);
        assertThat(graph.count(
                        "select count(*) from suggestion_lists l join friendships f on f.user_id = l.user_id"
                                + " where f.friend_id = ?",
                        fausto))
                .isEqualTo(people.size());
    }

    private Map<UUID, Integer> queued() {
        return db
                .sql("select user_id, priority from suggestion_refreshes")
                .query((rs, row) -> Map.entry(rs.getObject("user_id", UUID.class), rs.getInt("priority")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The caller's suggestions, as the API gives them: person id to mutual count. */
    private Map<UUID, Integer> mutualCounts(Actor actor) {
        var body = api.get(actor, "/api/friends/suggestions?size=50")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        var counts = new LinkedHashMap<UUID, Integer>();
        JSON.readTree(body)
                .valueStream()
                .forEach(suggestion -> counts.put(
                        UUID.fromString(suggestion.path("person").path("id").asString()),
                        suggestion.path("mutualCount").asInt()));
        return counts;
    }
}
