import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { messageOf } from "@/api/problem";
import { Button } from "@/components/button";
import { editMessage, react, removeReaction, unsendMessage } from "../api/chat-api";
import type { Message } from "../model/frames";
import type { ShownMessage } from "../model/message-log";
import { MAX_MESSAGE_LENGTH } from "./composer";
import { ReplyQuote } from "./reply-quote";
import styles from "./messenger.module.css";

export const REACTIONS = ["👍", "❤️", "😂", "😮", "😢"] as const;
const EDIT_WINDOW_MS = 15 * 60 * 1000;

/** Whether my message may still be edited: the server allows 15 minutes from sending. */
export function editable(message: Message, now = Date.now()): boolean {
  return !message.unsent && message.sentAt !== undefined && now - new Date(message.sentAt).getTime() < EDIT_WINDOW_MS;
}

/** Reactions as "👍 2", mine marked, in the order first given. */
export function reactionSummary(message: Message, me: string): { emoji: string; count: number; mine: boolean }[] {
  const summary = new Map<string, { emoji: string; count: number; mine: boolean }>();
  for (const reaction of message.reactions ?? []) {
    const emoji = reaction.emoji ?? "";
    const entry = summary.get(emoji) ?? { emoji, count: 0, mine: false };
    entry.count += 1;
    entry.mine ||= reaction.userId === me;
    summary.set(emoji, entry);
  }
  return [...summary.values()];
}

const time = new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" });

/**
 * One message: the message it answers (quoted), its text (always as text, never as HTML), when, reactions, and what
 * one can do with it (react, reply, delete for me; mine: edit within 15 minutes, unsend). A message still on its way
 * or refused says so.
 */
export function MessageItem({
  message,
  mine,
  me,
  senderName,
  showSender,
  receipt,
  readOnly,
  highlighted = false,
  original,
  nameOf = () => senderName,
  onChanged,
  onResend,
  onGiveUp,
  onReply = () => {},
  onHide = async () => {},
  onGoTo = () => {},
  row,
  onActive,
}: {
  message: ShownMessage;
  mine: boolean;
  me: string;
  senderName: string;
  showSender: boolean;
  receipt?: string | undefined;
  readOnly: boolean;
  /** The message a conversation was opened at (a search result, a quote chosen). */
  highlighted?: boolean;
  /** The message this one replies to, when it is on screen. */
  original?: Message | undefined;
  nameOf?: (userId: string | undefined) => string;
  onChanged: (message: Message) => void;
  onResend: (message: Message) => void;
  onGiveUp: (clientMessageId: string) => void;
  onReply?: (message: Message) => void;
  onHide?: (sequence: number) => Promise<void>;
  onGoTo?: (sequence: number) => void;
  /** In a virtualised list: its place (`start` px from the list's top; `index` of `count` held), measured by `measure`. */
  row?: { index: number; count: number; key: string; start: number; measure: (element: HTMLLIElement | null) => void } | undefined;
  /** Told when its menu opens or its edit starts (true) and when both are over, so that a list keeps it mounted. */
  onActive?: ((key: string, active: boolean) => void) | undefined;
}) {
  const [menuOpen, setMenuOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const menuId = useId();
  const conversationId = message.conversationId ?? "";
  const sequence = message.sequence ?? 0;
  const stored = message.state === "sent";
  const action = useMutation({
    mutationFn: (run: () => Promise<Message>) => run(),
    onSuccess: (changed) => {
      onChanged(changed);
      setMenuOpen(false);
      setEditing(false);
    },
  });
  const hide = useMutation({ mutationFn: () => onHide(sequence) });
  const reactions = reactionSummary(message, me);
  const myReaction = reactions.find((reaction) => reaction.mine)?.emoji;
  const sentAt = message.sentAt ? time.format(new Date(message.sentAt)) : "";
  const active = menuOpen || editing;
  const rowKey = row?.key;
  useEffect(() => {
    if (rowKey === undefined || !onActive) {
      return undefined;
    }
    onActive(rowKey, active);
    return () => onActive(rowKey, false);
  }, [rowKey, onActive, active]);

  return (
    <li
      className={`${styles.message} ${mine ? styles.mine : styles.theirs} ${highlighted ? styles.highlighted : ""}`}
      data-sequence={message.sequence}
      id={message.sequence !== undefined ? `message-${conversationId}-${message.sequence}` : undefined}
      tabIndex={message.sequence !== undefined ? -1 : undefined}
      ref={row?.measure}
      data-index={row?.index}
      aria-posinset={row ? row.index + 1 : undefined}
      aria-setsize={row?.count}
      data-key={row?.key}
      style={row ? { transform: `translateY(${row.start}px)` } : undefined}
    >
      {showSender && !mine ? <span className={styles.sender}>{senderName}</span> : null}
      {message.replyTo ? (
        <ReplyQuote conversationId={conversationId} sequence={message.replyTo} held={original} nameOf={nameOf} onGoTo={onGoTo} />
      ) : null}
      <div className={styles.bubbleRow}>
        {editing ? (
          <EditForm
            initial={message.text ?? ""}
            busy={action.isPending}
            onCancel={() => setEditing(false)}
            onSave={(text) => action.mutate(() => editMessage(conversationId, sequence, text))}
          />
        ) : (
          <div className={`${styles.bubble} ${message.unsent ? styles.unsent : ""}`}>
            <span className="visually-hidden">{mine ? "You" : senderName}: </span>
            {message.unsent ? (mine ? "You unsent a message" : `${senderName.split(" ")[0]} unsent a message`) : message.text}
          </div>
        )}
        {stored && !editing ? (
          <Button
            variant="ghost"
            small
            className={styles.more}
            aria-label={`Actions for the message from ${sentAt}`}
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            ···
          </Button>
        ) : null}
      </div>
      {menuOpen ? (
        <div id={menuId} className={styles.menu} role="group" aria-label="Message actions">
          {!readOnly && !message.unsent ? REACTIONS.map((emoji) => (
            <button
              key={emoji}
              type="button"
              className={`${styles.reactionChoice} ${myReaction === emoji ? styles.chosen : ""}`}
              aria-label={myReaction === emoji ? `Remove your ${emoji} reaction` : `React with ${emoji}`}
              disabled={action.isPending}
              onClick={() =>
                action.mutate(() =>
                  myReaction === emoji ? removeReaction(conversationId, sequence) : react(conversationId, sequence, emoji),
                )
              }
            >
              {emoji}
            </button>
          )) : null}
          {!readOnly && !message.unsent ? (
            <Button
              variant="secondary"
              small
              onClick={() => {
                setMenuOpen(false);
                onReply(message);
              }}
            >
              Reply
            </Button>
          ) : null}
          {mine && !readOnly && !message.unsent && editable(message) ? (
            <Button variant="secondary" small onClick={() => setEditing(true)}>
              Edit
            </Button>
          ) : null}
          {mine && !readOnly && !message.unsent ? (
            <Button variant="secondary" small onClick={() => action.mutate(() => unsendMessage(conversationId, sequence))} disabled={action.isPending}>
              Unsend
            </Button>
          ) : null}
          <Button
            variant="secondary"
            small
            onClick={() => hide.mutate()}
            disabled={hide.isPending}
          >
            Delete for me
          </Button>
        </div>
      ) : null}
      {action.isError || hide.isError ? (
        <span className={styles.failure} role="alert">
          {messageOf(action.error ?? hide.error)}
        </span>
      ) : null}
      {reactions.length > 0 && !message.unsent ? (
        <ul className={styles.reactions} aria-label="Reactions">
          {reactions.map((reaction) => (
            <li key={reaction.emoji} className={reaction.mine ? styles.chosen : undefined}>
              {reaction.emoji}
              {reaction.count > 1 ? ` ${reaction.count}` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      <span className={styles.meta}>
        {message.state === "sending" ? (
          "Sending…"
        ) : message.state === "failed" ? (
          <span className={styles.failure}>
            Not sent{message.failure ? `: ${message.failure}` : ""}.{" "}
            <Button variant="ghost" small onClick={() => onResend(message)}>
              Try again
            </Button>
            <Button variant="ghost" small onClick={() => onGiveUp(message.clientMessageId ?? "")}>
              Remove
            </Button>
          </span>
        ) : (
          <>
            <time dateTime={message.sentAt}>{sentAt}</time>
            {message.editedAt && !message.unsent ? " · Edited" : ""}
            {receipt ? <span className={styles.receipt}> · {receipt}</span> : null}
          </>
        )}
      </span>
    </li>
  );
}

function EditForm({
  initial,
  busy,
  onSave,
  onCancel,
}: {
  initial: string;
  busy: boolean;
  onSave: (text: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(initial);
  const id = useId();
  const valid = text.trim() !== "" && text.length <= MAX_MESSAGE_LENGTH;
  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Escape") {
      onCancel();
    } else if (event.key === "Enter" && !event.shiftKey && valid) {
      event.preventDefault();
      onSave(text);
    }
  }
  return (
    <form
      className={styles.editForm}
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) {
          onSave(text);
        }
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        Edit your message
      </label>
      <textarea id={id} className={styles.composerInput} value={text} autoFocus onChange={(event) => setText(event.target.value)} onKeyDown={keyDown} />
      <Button type="submit" small disabled={!valid || busy}>
        Save
      </Button>
      <Button variant="secondary" small onClick={onCancel}>
        Cancel
      </Button>
    </form>
  );
}
