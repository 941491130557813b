import { useQuery } from "@tanstack/react-query";
import { fetchMessage } from "../api/chat-api";
import type { Message } from "../model/frames";
import styles from "./messenger.module.css";

const SNIPPET = 80;

/** The start of a message's text for a quote: one line, at most 80 characters. */
export function snippet(text: string | null | undefined): string {
  const line = (text ?? "").replace(/\s+/g, " ").trim();
  return line.length > SNIPPET ? `${line.slice(0, SNIPPET - 1)}…` : line;
}

/**
 * The message a reply answers, quoted above it: who and the start of what they wrote. The one held on screen is
 * used as is; one not loaded is fetched (a page of one message). Choosing the quote goes to the original.
 */
export function ReplyQuote({
  conversationId,
  sequence,
  held,
  nameOf,
  onGoTo,
}: {
  conversationId: string;
  sequence: number;
  held: Message | undefined;
  nameOf: (userId: string | undefined) => string;
  onGoTo: (sequence: number) => void;
}) {
  const fetched = useQuery({
    queryKey: ["chat", "message", conversationId, sequence],
    queryFn: () => fetchMessage(conversationId, sequence),
    enabled: held === undefined,
    staleTime: 60_000,
  });
  const original = held ?? fetched.data ?? undefined;
  if (original === undefined) {
    return (
      <span className={`${styles.quote} ${styles.quoteGone}`}>
        {fetched.isPending && held === undefined ? "Loading the original message…" : "The original message isn't available."}
      </span>
    );
  }
  const who = nameOf(original.senderId);
  const text = original.unsent || original.text == null ? "Message unsent" : snippet(original.text);
  return (
    // Named by what it shows (the words a person sees are the words a voice control user says), with the rest hidden.
    <button type="button" className={styles.quote} onClick={() => onGoTo(sequence)}>
      <span className={styles.quoteWho}>
        <span className="visually-hidden">Reply to</span> {who}
        <span className="visually-hidden">:</span>{" "}
      </span>
      <span className={styles.quoteText}>
        {text} <span className="visually-hidden">(go to the original message)</span>
      </span>
    </button>
  );
}
