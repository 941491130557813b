package com.fakebook.messaging.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fakebook.events.messaging.MessageSent;
import com.fakebook.events.messaging.MessagingEvent;
import com.fakebook.messaging.MessagingIntegrationTest;
import com.fakebook.messaging.MessagingServiceApplication;
import com.fakebook.testsupport.LocalApplications;
import com.fakebook.testsupport.kafka.TopicWatcher;
import com.fakebook.testsupport.net.TcpProxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Chat under faults, with a second instance whose way to Redis or Kafka the test can cut: an instance killed loses
 * no acknowledged message, Redis coming back brings live delivery back, and Kafka away stops nothing but the events,
 * which follow once it is back.
 */
class FaultsIntegrationTests extends MessagingIntegrationTest {

    @Test
    void anInstanceKilledMidConversationLosesNoAcknowledgedMessage() {
        var id = api.direct(ana, bruno);
        long acked;
        try (var doomed = LocalApplications.start(MessagingServiceApplication.class);
                var anaPhone = connect(portOf(doomed), ana)) {
            anaPhone.send(Map.of("type", "send", "clientMessageId", "c1", "conversationId", id, "text", "before"));
            acked = anaPhone.next("ack").get("ack").get("sequence").asLong();
        }

        try (var anaPhone = connect(port, ana)) {
            anaPhone.send(
                    Map.of("type", "sync", "conversations", List.of(Map.of("conversationId", id, "lastSequence", 0))));
            var caughtUp = anaPhone.next("messages").get("messages");
            assertThat(caughtUp.valueStream().map(m -> m.get("sequence").asLong()))
                    .containsExactly(acked);
            assertThat(caughtUp.get(0).get("text").asString()).isEqualTo("before");
        }
    }

    @Test
    void liveDeliveryResumesWhenRedisIsBack() {
        var id = api.direct(ana, bruno);
        try (var redis = TcpProxy.start(6390, 6379);
                var cutOff = LocalApplications.start(MessagingServiceApplication.class, "spring.data.redis.port=6390");
                var brunoPhone = connect(portOf(cutOff), bruno)) {
            redis.cut();
            api.send(ana, id, "m0", "while Redis was away");
            redis.restore();

            var counter = new int[] {0};
            await().atMost(PATIENCE).until(() -> {
                api.send(ana, id, "m" + ++counter[0], "are you back?");
                return brunoPhone.receives("message", Duration.ofSeconds(1));
            });
        }
    }

    @Test
    void chatGoesOnWithoutKafkaAndTheEventsFollowWhenItIsBack() {
        var id = api.direct(ana, bruno);
        try (var kafka = TcpProxy.start(9095, 9094);
                var watcher = TopicWatcher.watch(MessagingEvent.TOPIC)) {
            kafka.cut();
            try (var kafkaless = LocalApplications.start(
                            MessagingServiceApplication.class,
                            "spring.kafka.bootstrap-servers=127.0.0.1:9095",
                            "fakebook.events.resubmit-older-than=2s",
                            "fakebook.events.resubmit-every=2s");
                    var anaPhone = connect(portOf(kafkaless), ana);
                    var brunoPhone = connect(portOf(kafkaless), bruno)) {

                anaPhone.send(Map.of("type", "send", "clientMessageId", "c1", "conversationId", id, "text", "offline"));
                var ack = anaPhone.next("ack").get("ack");
                assertThat(brunoPhone.next("message").get("message").get("text").asString())
                        .isEqualTo("offline");

                kafka.restore();
                var sent = watcher.await(TopicWatcher.ofType(MessageSent.TYPE, id.toString()), Duration.ofSeconds(90));
                assertThat(new String(sent.value()))
                        .contains(ack.get("messageId").asString());
            }
        }
    }

    private static int portOf(ConfigurableApplicationContext application) {
        return ((WebServerApplicationContext) application).getWebServer().getPort();
    }
}
