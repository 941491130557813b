import type { ReactNode } from "react";
import { Link } from "react-router";
import { Empty } from "@/components/states";
import { ConversationList } from "./conversation-list";
import { ConversationView } from "./conversation-view";
import styles from "./messenger.module.css";

/**
 * Messenger: the conversation list beside the open conversation on a wide screen; on a phone one or the other
 * (the conversation has a way back to the list).
 */
export function Messenger({
  me,
  conversationId,
  pane,
}: {
  me: string;
  conversationId?: string | undefined;
  /** Shown in place of a conversation (making a group). */
  pane?: ReactNode;
}) {
  return (
    <div className={styles.messenger} data-showing={conversationId || pane ? "conversation" : "list"}>
      <section className={styles.listPane} aria-labelledby="chats-heading">
        <div className={styles.listHeader}>
          <h1 id="chats-heading" className={styles.heading}>
            Chats
          </h1>
          <Link to="/messages/new-group" className={styles.newGroup}>
            New group
          </Link>
        </div>
        <ConversationList me={me} />
      </section>
      <div className={styles.conversationPane}>
        {pane ? (
          pane
        ) : conversationId ? (
          <ConversationView key={conversationId} conversationId={conversationId} me={me} />
        ) : (
          <Empty title="Choose a conversation">
            <p>Or open a friend's profile and choose "Message".</p>
          </Empty>
        )}
      </div>
    </div>
  );
}
