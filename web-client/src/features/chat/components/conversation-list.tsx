import { useInfiniteQuery } from "@tanstack/react-query";
import { NavLink } from "react-router";
import { Avatar } from "@/components/avatar";
import { timeAgo } from "@/components/dates";
import { ShowMore } from "@/components/person-row";
import { Empty, Failed, Loading } from "@/components/states";
import { fetchConversations } from "../api/chat-api";
import { CONVERSATIONS } from "../hooks/chat-context";
import type { Conversation } from "../model/frames";
import styles from "./messenger.module.css";

export function useConversations() {
  const query = useInfiniteQuery({
    queryKey: CONVERSATIONS,
    queryFn: ({ pageParam }) => fetchConversations(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

/** The people a conversation is with, as the list and the header show them: the others, not me. */
export function othersIn(conversation: Conversation, me: string) {
  return (conversation.participants ?? []).filter((person) => person.id !== me);
}

/** "You: see you at 8", "Unsent", or nothing yet. */
function preview(conversation: Conversation, me: string): string {
  const last = conversation.lastMessage;
  if (!last) {
    return "No messages yet";
  }
  const text = last.preview ?? "Message unsent";
  if (last.senderId === me) {
    return `You: ${text}`;
  }
  if (conversation.kind === "GROUP") {
    const sender = conversation.participants?.find((person) => person.id === last.senderId)?.displayName;
    return sender ? `${sender.split(" ")[0]}: ${text}` : text;
  }
  return text;
}

/** My conversations, latest activity first: who, the last message, unread count, muted and read-only marks. */
export function ConversationList({ me }: { me: string }) {
  const list = useConversations();
  if (list.isPending) {
    return <Loading label="Loading your conversations…" />;
  }
  if (list.isError) {
    return <Failed error={list.error} retry={() => list.refetch()} />;
  }
  if (list.items.length === 0) {
    return (
      <Empty title="No conversations yet">
        <p>Open a friend's profile and choose "Message" to start one.</p>
      </Empty>
    );
  }
  return (
    <>
      <ul className={styles.conversations} aria-label="Conversations">
        {list.items.map((conversation) => {
          const unread = conversation.unreadCount ?? 0;
          const others = othersIn(conversation, me);
          const name = conversation.name ?? "Conversation";
          return (
            <li key={conversation.id}>
              <NavLink
                to={`/messages/${conversation.id}`}
                className={`${styles.conversation} ${unread > 0 ? styles.unread : ""}`}
              >
                <Avatar name={name} src={conversation.kind === "DIRECT" ? others[0]?.avatarUrl : undefined} size="small" />
                <span className={styles.conversationText}>
                  <span className={styles.conversationName}>
                    {name}
                    {unread > 0 ? <span className="visually-hidden">, {unread} unread</span> : null}
                    {conversation.muted ? <span className={styles.mark}>Muted</span> : null}
                    {conversation.readOnly ? <span className={styles.mark}>Read-only</span> : null}
                  </span>
                  <span className={styles.preview}>
                    <span className={styles.previewText}>{preview(conversation, me)}</span>
                    {conversation.lastMessage ? <span> · {timeAgo(conversation.lastActivityAt)}</span> : null}
                  </span>
                </span>
                {unread > 0 ? (
                  <span className={styles.badge} aria-hidden="true">
                    {unread > 99 ? "99+" : unread}
                  </span>
                ) : null}
              </NavLink>
            </li>
          );
        })}
      </ul>
      <ShowMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onMore={() => list.fetchNextPage()} />
    </>
  );
}
