package com.fakebook.messaging.live;

import com.fakebook.messaging.conversation.ConversationManagement;
import com.fakebook.messaging.conversation.Conversations;
import com.fakebook.messaging.delivery.Deliveries;
import com.fakebook.messaging.message.Messaging;
import com.fakebook.messaging.system.ConversationNotFound;
import com.fakebook.messaging.system.InvalidField;
import com.fakebook.servicedefaults.ServiceProblem;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One person's socket: every frame they send is checked like an API call (membership, blocks, field rules) and
 * answered; a refused frame gets an error frame and the socket stays usable. The person is the token's subject
 * of the upgrade request.
 */
@Component
class ChatSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(ChatSocketHandler.class);
    private static final int SYNC_BATCH = 100;
    private static final int MAX_SYNC_CONVERSATIONS = 200;
    private static final Duration TYPING_THROTTLE = Duration.ofSeconds(2);

    private final LocalSockets sockets;
    private final Presence presence;
    private final Messaging messaging;
    private final ConversationManagement conversationManagement;
    private final Conversations conversations;
    private final Deliveries deliveries;
    private final StringRedisTemplate redis;
    private final ChatProperties properties;
    private final JsonMapper json;

    ChatSocketHandler(
            LocalSockets sockets,
            Presence presence,
            Messaging messaging,
            ConversationManagement conversationManagement,
            Conversations conversations,
            Deliveries deliveries,
            StringRedisTemplate redis,
            ChatProperties properties,
            JsonMapper json) {
        this.sockets = sockets;
        this.presence = presence;
        this.messaging = messaging;
        this.conversationManagement = conversationManagement;
        this.conversations = conversations;
        this.deliveries = deliveries;
        this.redis = redis;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        var person = personOf(session);
        if (sockets.add(person, session)) {
            safely(() -> presence.connected(person));
        }
        sockets.reply(session, new Frames.WelcomeFrame(person, properties.maxFrameChars()));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        sockets.heard(session);
        if (message.getPayloadLength() > properties.maxFrameChars()) {
            error(
                    session,
                    "frame-too-large",
                    "A frame has at most " + properties.maxFrameChars() + " characters.",
                    null);
            return;
        }
        ClientFrame frame;
        try {
            frame = json.readValue(message.getPayload(), ClientFrame.class);
        } catch (JacksonException e) {
            error(session, "malformed-frame", "This is not a frame of the chat protocol.", null);
            return;
        }
        var person = personOf(session);
        try {
            handle(session, person, frame);
        } catch (ServiceProblem problem) {
            sockets.reply(
                    session,
                    new Frames.ErrorFrame(problem.type(), problem.getMessage(), refOf(frame), problem.field()));
        } catch (DataAccessException e) {
            log.warn("A frame of {} failed on the database: {}", person, e.toString());
            error(session, "temporarily-unavailable", "Chat is unavailable right now; please try again.", refOf(frame));
        }
    }

    private void handle(WebSocketSession session, UUID person, ClientFrame frame) {
        switch (frame) {
            case ClientFrame.Send send -> {
                var ack = messaging.send(
                        person,
                        required(send.conversationId(), "conversationId"),
                        required(send.clientMessageId(), "clientMessageId"),
                        required(send.text(), "text"),
                        send.replyTo());
                sockets.reply(session, new Frames.AckFrame(ack));
            }
            case ClientFrame.Sync sync -> sync(session, person, sync);
            case ClientFrame.Read read ->
                conversationManagement.markRead(
                        person, required(read.conversationId(), "conversationId"), read.upToSequence());
            case ClientFrame.Delivered delivered ->
                conversationManagement.markDelivered(
                        person, required(delivered.conversationId(), "conversationId"), delivered.upToSequence());
            case ClientFrame.Typing typing -> typing(person, required(typing.conversationId(), "conversationId"));
            case ClientFrame.Ping ping -> sockets.reply(session, new Frames.PongFrame());
        }
    }

    /** Answers each conversation's position with what came after it, oldest first, in batches. */
    private void sync(WebSocketSession session, UUID person, ClientFrame.Sync sync) {
        var positions = required(sync.conversations(), "conversations");
        if (positions.size() > MAX_SYNC_CONVERSATIONS) {
            throw new InvalidField(
                    "conversations", "Sync at most " + MAX_SYNC_CONVERSATIONS + " conversations at once.");
        }
        for (var position : positions) {
            var conversationId = required(position.conversationId(), "conversationId");
            var missed = messaging.history(person, conversationId, null, position.lastSequence(), SYNC_BATCH + 1);
            var more = missed.size() > SYNC_BATCH;
            sockets.reply(
                    session,
                    new Frames.MessagesFrame(conversationId, more ? missed.subList(0, SYNC_BATCH) : missed, more));
        }
    }

    /** Tells the other members, at most once per two seconds per person and conversation, across instances. */
    private void typing(UUID person, UUID conversationId) {
        if (conversations.membership(conversationId, person).isEmpty()) {
            throw new ConversationNotFound();
        }
        var first = redis.opsForValue()
                .setIfAbsent("fakebook:chat:typing:" + conversationId + ":" + person, "1", TYPING_THROTTLE);
        if (Boolean.TRUE.equals(first)) {
            var others = conversations.liveRecipients(conversationId, person).stream()
                    .filter(member -> !member.equals(person))
                    .toList();
            deliveries.send(others, new Frames.TypingFrame(conversationId, person));
        }
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        sockets.heard(session);
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("Transport error on a chat socket: {}", exception.toString());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        if (sockets.remove(session)) {
            safely(() -> presence.left(personOf(session)));
        }
    }

    private void error(WebSocketSession session, String code, String message, @Nullable String ref) {
        sockets.reply(session, new Frames.ErrorFrame(code, message, ref, null));
    }

    private static @Nullable String refOf(ClientFrame frame) {
        return frame instanceof ClientFrame.Send send ? send.clientMessageId() : null;
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidField(field, "This field is required.");
        }
        return value;
    }

    private static UUID personOf(WebSocketSession session) {
        return UUID.fromString(Objects.requireNonNull(session.getPrincipal()).getName());
    }

    private static void safely(Runnable presenceChange) {
        try {
            presenceChange.run();
        } catch (RuntimeException e) {
            log.warn("Presence not updated: {}", e.toString());
        }
    }
}
