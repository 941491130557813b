package com.fakebook.events.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MessagingEventsJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void messageSentSurvivesAJsonRoundTrip() {
        var event = MessageSent.of(
                UUID.randomUUID(), UUID.randomUUID(), 7, UUID.randomUUID(), List.of(UUID.randomUUID()), "hi", null);

        var read = json.readValue(json.writeValueAsString(event), MessageSent.class);

        assertThat(read).isEqualTo(event);
    }

    @Test
    void nobodyToTellMeansNoPreview() {
        var event =
                MessageSent.of(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(), List.of(), "secret", null);

        assertThat(event.preview()).isNull();
    }

    @Test
    void aLongTextIsCutWithoutSplittingAnEmoji() {
        var text = "😀".repeat(150);

        var preview = MessageSent.previewOf(text);

        assertThat(preview.codePointCount(0, preview.length())).isEqualTo(MessageSent.PREVIEW_LENGTH);
        assertThat(preview).startsWith("😀").endsWith("😀…");
    }

    @Test
    void aShortTextIsItsOwnPreview() {
        assertThat(MessageSent.previewOf("see you at 8")).isEqualTo("see you at 8");
    }

    @Test
    void conversationReadIsKeyedByTheConversation() {
        var conversationId = UUID.randomUUID();

        var event = ConversationRead.of(conversationId, UUID.randomUUID(), 12);

        assertThat(event.subject()).isEqualTo(conversationId.toString());
        assertThat(json.readValue(json.writeValueAsString(event), ConversationRead.class))
                .isEqualTo(event);
    }
}
