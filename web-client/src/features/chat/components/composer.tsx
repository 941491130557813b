import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/button";
import styles from "./messenger.module.css";

export const MAX_MESSAGE_LENGTH = 4_000;

/** The message a reply being written answers, as the composer shows it. */
export interface Replying {
  sequence: number;
  name: string;
  text: string;
}

/**
 * Where a message is written: Enter sends, Shift+Enter starts a new line; as the server, 1 to 4,000 characters.
 * Replying, it says to what above the text, with a way (or Escape) to write a plain message instead.
 */
export function Composer({
  name,
  onSend,
  onTyping,
  replying,
  onCancelReply = () => {},
}: {
  name: string;
  onSend: (text: string) => void;
  onTyping: () => void;
  replying?: Replying | undefined;
  onCancelReply?: () => void;
}) {
  const [text, setText] = useState("");
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const tooLong = text.length > MAX_MESSAGE_LENGTH;

  // Choosing "Reply" brings the person here to write it.
  useEffect(() => {
    if (replying) {
      input.current?.focus();
    }
  }, [replying]);

  function send(event?: FormEvent) {
    event?.preventDefault();
    if (text.trim() === "" || tooLong) {
      return;
    }
    onSend(text);
    setText("");
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      send(event);
    } else if (event.key === "Escape" && replying) {
      onCancelReply();
    }
  }

  return (
    <form className={styles.composer} onSubmit={send} aria-label="Send a message">
      {replying ? (
        <div className={styles.replying} id={`${id}-replying`}>
          <span className={styles.replyingText}>
            Replying to <strong>{replying.name}</strong>: {replying.text}
          </span>
          <Button variant="ghost" small onClick={onCancelReply} aria-label="Cancel the reply">
            ✕
          </Button>
        </div>
      ) : null}
      <label htmlFor={id} className="visually-hidden">
        {replying ? `Reply to ${replying.name}` : `Message ${name}`}
      </label>
      <textarea
        id={id}
        ref={input}
        className={styles.composerInput}
        rows={1}
        placeholder="Aa"
        value={text}
        aria-invalid={tooLong || undefined}
        aria-describedby={[replying ? `${id}-replying` : "", tooLong ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.trim() !== "") {
            onTyping();
          }
        }}
        onKeyDown={keyDown}
      />
      {tooLong ? (
        <span id={`${id}-error`} className={styles.composerError} role="alert">
          A message is at most {MAX_MESSAGE_LENGTH.toLocaleString()} characters ({text.length.toLocaleString()} now).
        </span>
      ) : null}
      <Button type="submit" disabled={text.trim() === "" || tooLong}>
        Send
      </Button>
    </form>
  );
}
