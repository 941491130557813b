import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/button";
import styles from "./messenger.module.css";

export const MAX_MESSAGE_LENGTH = 4_000;

/** Where a message is written: Enter sends, Shift+Enter starts a new line; as the server, 1 to 4,000 characters. */
export function Composer({ name, onSend, onTyping }: { name: string; onSend: (text: string) => void; onTyping: () => void }) {
  const [text, setText] = useState("");
  const id = useId();
  const tooLong = text.length > MAX_MESSAGE_LENGTH;

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
    }
  }

  return (
    <form className={styles.composer} onSubmit={send} aria-label="Send a message">
      <label htmlFor={id} className="visually-hidden">
        Message {name}
      </label>
      <textarea
        id={id}
        className={styles.composerInput}
        rows={1}
        placeholder="Aa"
        value={text}
        aria-invalid={tooLong || undefined}
        aria-describedby={tooLong ? `${id}-error` : undefined}
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
