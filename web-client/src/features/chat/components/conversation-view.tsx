import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { messageOf } from "@/api/problem";
import { Avatar } from "@/components/avatar";
import { Button } from "@/components/button";
import { timeAgo } from "@/components/dates";
import { Banner, Empty, Failed, Loading } from "@/components/states";
import { fetchConversation, fetchPresence, setMuted } from "../api/chat-api";
import { CONVERSATIONS, useChatFrames } from "../hooks/chat-context";
import { useConversation } from "../hooks/use-conversation";
import type { Conversation, Message, Presence } from "../model/frames";
import { othersMarks, receiptFor } from "../model/receipts";
import { Composer, type Replying } from "./composer";
import { othersIn } from "./conversation-list";
import { GroupDetails, type FriendsSource } from "./group-details";
import { MessageRows, type MessageRowsHandle } from "./message-rows";
import { snippet } from "./reply-quote";
import styles from "./messenger.module.css";

export function ConversationView({
  conversationId,
  me,
  focus,
  useFriends,
}: {
  conversationId: string;
  me: string;
  focus?: number | undefined;
  useFriends: () => FriendsSource;
}) {
  const conversation = useQuery({
    queryKey: ["chat", "conversation", conversationId],
    queryFn: () => fetchConversation(conversationId),
  });
  useChatFrames((frame) => {
    if (frame.type === "conversation-changed" && frame.conversationId === conversationId) {
      void conversation.refetch();
    }
  });
  if (conversation.isPending) {
    return <Loading label="Opening the conversation…" />;
  }
  if (conversation.isError) {
    return (
      <div className={styles.conversationState}>
        <BackToList />
        <Failed error={conversation.error} retry={() => conversation.refetch()} />
      </div>
    );
  }
  return <OpenConversation conversation={conversation.data} me={me} focus={focus} useFriends={useFriends} />;
}

function BackToList() {
  return (
    <Link to="/messages" className={styles.back}>
      <span aria-hidden="true">←</span>
      <span className={styles.backText}>All chats</span>
    </Link>
  );
}

function OpenConversation({
  conversation,
  me,
  focus,
  useFriends,
}: {
  conversation: Conversation;
  me: string;
  focus?: number | undefined;
  useFriends: () => FriendsSource;
}) {
  const id = conversation.id ?? "";
  const chat = useConversation(id, me, conversation.lastReadSequence ?? 0, focus);
  const navigate = useNavigate();
  const [replying, setReplying] = useState<Replying>();
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [highlighted, setHighlighted] = useState(focus);
  const others = othersIn(conversation, me);
  const name = conversation.name ?? "Conversation";
  const nameOf = (userId: string | undefined) =>
    conversation.participants?.find((person) => person.id === userId)?.displayName ?? "Someone";
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useRef<MessageRowsHandle>(null);

  // History goes up as the top of the list comes near the view.
  const top = useRef<HTMLDivElement>(null);
  const { loadOlder } = chat;
  useEffect(() => {
    const sentinel = top.current;
    if (!sentinel || typeof IntersectionObserver === "undefined") {
      return undefined;
    }
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && void loadOlder(), {
      root: scroller.current,
      rootMargin: "200px 0px 0px 0px",
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [loadOlder, chat.loaded, chat.log.hasOlder]);

  // "Seen" counts reads made while this conversation was closed (the marks it came with), then live ones.
  const readBy = othersMarks(conversation, me, "lastReadSequence", chat.readBy);
  const deliveredTo = othersMarks(conversation, me, "lastDeliveredSequence", chat.deliveredTo);
  const myLast = [...chat.log.messages].reverse().find((message) => message.senderId === me && message.state === "sent");
  const receipt = receiptFor(conversation.kind, myLast?.sequence, readBy, deliveredTo);
  const held = new Map(chat.log.messages.filter((message) => message.state === "sent").map((message) => [message.sequence, message]));

  // Opened at another message (a search result, a quote not loaded): highlighted there.
  const [shownFocus, setShownFocus] = useState(focus);
  if (focus !== shownFocus) {
    setShownFocus(focus);
    setHighlighted(focus);
  }
  // Gone to the newest (on request, or by writing): the address no longer names a message.
  useEffect(() => {
    if (chat.at === undefined && focus !== undefined) {
      void navigate(`/messages/${id}`, { replace: true });
    }
  }, [chat.at, focus, id, navigate]);

  /** To a message: one held is scrolled to and focused; one not loaded, the conversation opens around it. */
  const goTo = (sequence: number) => {
    if (rows.current?.goTo(sequence)) {
      setHighlighted(sequence);
    } else {
      void navigate(`/messages/${id}?message=${sequence}`);
    }
  };

  const reply = (message: Message) =>
    setReplying({
      sequence: message.sequence ?? 0,
      name: message.senderId === me ? "yourself" : nameOf(message.senderId),
      text: snippet(message.text),
    });

  return (
    <section className={styles.conversationView} aria-label={`Conversation with ${name}`}>
      <header className={styles.conversationHeader}>
        <BackToList />
        <Avatar name={name} src={conversation.kind === "DIRECT" ? others[0]?.avatarUrl : undefined} size="small" />
        <div className={styles.conversationTitle}>
          <h2 className={styles.heading}>
            {conversation.kind === "DIRECT" && others[0]?.id ? <Link to={`/people/${others[0].id}`}>{name}</Link> : name}
          </h2>
          {conversation.kind === "DIRECT" && others[0]?.id ? (
            <PresenceLine userId={others[0].id} />
          ) : (
            <span className={styles.subtle}>{(conversation.participants ?? []).map((person) => person.displayName).join(", ")}</span>
          )}
        </div>
        {conversation.kind === "GROUP" ? (
          <Button
            variant="secondary"
            small
            aria-expanded={detailsOpen}
            aria-controls={`details-${id}`}
            onClick={() => setDetailsOpen((open) => !open)}
          >
            Details
          </Button>
        ) : null}
        <MuteButton conversation={conversation} />
      </header>
      {detailsOpen && conversation.kind === "GROUP" ? (
        <GroupDetails id={`details-${id}`} conversation={conversation} me={me} useFriends={useFriends} />
      ) : null}
      {chat.status !== "online" ? (
        <div className={styles.connection} role="status">
          {chat.status === "reconnecting" ? "Reconnecting…" : "Connecting…"}
        </div>
      ) : null}
      {chat.error !== undefined && chat.loaded ? <Banner>{messageOf(chat.error)}</Banner> : null}
      <div className={styles.scroller} ref={scroller}>
        {!chat.loaded ? (
          chat.error !== undefined ? (
            <Failed error={chat.error} retry={chat.retryLoad} />
          ) : (
            <Loading label="Loading messages…" />
          )
        ) : (
          <div role="log" aria-label={`Messages with ${name}`}>
            <div ref={top} className={styles.historyEdge}>
              {chat.log.hasOlder && (chat.log.messages[0]?.sequence ?? 1) > 1 ? (
                <Button variant="ghost" small onClick={() => void chat.loadOlder()} disabled={chat.loadingOlder}>
                  {chat.loadingOlder ? "Loading older messages…" : "Load older messages"}
                </Button>
              ) : chat.log.messages.length > 0 ? (
                <span className={styles.subtle}>This is the start of your conversation with {name}.</span>
              ) : null}
            </div>
            {chat.log.messages.length === 0 ? (
              <Empty title="No messages yet">
                <p>Say hello to {name}.</p>
              </Empty>
            ) : (
              <MessageRows
                scroller={scroller}
                handle={rows}
                messages={chat.log.messages}
                me={me}
                focus={chat.at}
                isGroup={conversation.kind === "GROUP"}
                receiptOf={(message) => (message === myLast ? receipt : undefined)}
                highlighted={highlighted}
                held={held}
                nameOf={nameOf}
                readOnly={conversation.readOnly ?? false}
                actions={{
                  onChanged: chat.changed,
                  onResend: chat.resend,
                  onGiveUp: chat.giveUp,
                  onReply: reply,
                  onHide: chat.hide,
                  onGoTo: goTo,
                }}
              />
            )}
            {chat.log.hasNewer ? (
              <div className={styles.historyEdgeBottom}>
                <Button variant="ghost" small onClick={() => void chat.loadNewer()} disabled={chat.loadingNewer}>
                  {chat.loadingNewer ? "Loading newer messages…" : "Load newer messages"}
                </Button>
                <Button variant="secondary" small onClick={chat.toLatest}>
                  Jump to the latest
                </Button>
              </div>
            ) : null}
          </div>
        )}
      </div>
      <div className={styles.typing} aria-live="polite">
        {chat.typingUserIds.length > 0
          ? `${chat.typingUserIds.map((userId) => nameOf(userId).split(" ")[0]).join(", ")} ${chat.typingUserIds.length > 1 ? "are" : "is"} typing…`
          : ""}
      </div>
      {conversation.readOnly ? (
        <p className={styles.readOnly}>You can't reply to this conversation any more.</p>
      ) : (
        <Composer
          name={name}
          onSend={(text) => {
            chat.send(text, replying?.sequence);
            setReplying(undefined);
          }}
          onTyping={chat.typed}
          replying={replying}
          onCancelReply={() => setReplying(undefined)}
        />
      )}
    </section>
  );
}

/** "Active now" or "Active 5 minutes ago", live; nothing when the person does not show it. */
function PresenceLine({ userId }: { userId: string }) {
  const presence = useQuery({ queryKey: ["chat", "presence", userId], queryFn: () => fetchPresence([userId]) });
  const [live, setLive] = useState<Presence>();
  useChatFrames((frame) => {
    if (frame.type === "presence" && frame.userId === userId) {
      setLive({ userId, online: frame.online, lastActiveAt: frame.lastActiveAt });
    }
  });
  const status = live ?? presence.data?.find((one) => one.userId === userId);
  if (!status) {
    return null;
  }
  return (
    <span className={styles.subtle}>
      {status.online ? (
        <>
          <span className={styles.onlineDot} aria-hidden="true" /> Active now
        </>
      ) : status.lastActiveAt ? (
        `Active ${timeAgo(status.lastActiveAt)}`
      ) : (
        "Offline"
      )}
    </span>
  );
}

function MuteButton({ conversation }: { conversation: Conversation }) {
  const queryClient = useQueryClient();
  const muted = conversation.muted ?? false;
  const toggle = useMutation({
    mutationFn: () => setMuted(conversation.id ?? "", !muted),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["chat", "conversation", conversation.id] }),
        queryClient.invalidateQueries({ queryKey: CONVERSATIONS }),
      ]),
  });
  return (
    <>
      <Button variant="secondary" small onClick={() => toggle.mutate()} disabled={toggle.isPending}>
        {muted ? "Unmute" : "Mute"}
      </Button>
      {toggle.isError ? <span role="alert" className="visually-hidden">{messageOf(toggle.error)}</span> : null}
    </>
  );
}
