import { useState, type ReactNode } from "react";
import { Link } from "react-router";
import { Empty } from "@/components/states";
import { ConversationList } from "./conversation-list";
import { ConversationView } from "./conversation-view";
import type { FriendsSource } from "./group-details";
import { MessageSearch } from "./message-search";
import styles from "./messenger.module.css";

const NO_FRIENDS = (): FriendsSource => ({ items: [] });

/**
 * Messenger: the conversation list (or a search of my messages) beside the open conversation on a wide screen; on a
 * phone one or the other (the conversation has a way back to the list).
 */
export function Messenger({
  me,
  conversationId,
  focus,
  pane,
  useFriends = NO_FRIENDS,
}: {
  me: string;
  conversationId?: string | undefined;
  /** The message to open the conversation at (a search result, a quoted message). */
  focus?: number | undefined;
  /** Shown in place of a conversation (making a group). */
  pane?: ReactNode;
  /** My friends, for adding to a group (friends are another feature's: the page brings them). */
  useFriends?: () => FriendsSource;
}) {
  const [searching, setSearching] = useState(false);
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
        <MessageSearch me={me} onSearching={setSearching} />
        {searching ? null : <ConversationList me={me} />}
      </section>
      <div className={styles.conversationPane}>
        {pane ? (
          pane
        ) : conversationId ? (
          <ConversationView
            key={conversationId}
            conversationId={conversationId}
            me={me}
            focus={focus}
            useFriends={useFriends}
          />
        ) : (
          <Empty title="Choose a conversation">
            <p>Or open a friend's profile and choose "Message".</p>
          </Empty>
        )}
      </div>
    </div>
  );
}
