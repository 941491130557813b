import type { Ack, Message } from "./frames";

/**
 * What one conversation's screen shows, kept as data so the rules live here and not in components: stored
 * messages ordered by their sequence number (the server numbers each conversation 1, 2, 3... without gaps), then
 * mine still on their way (optimistic, keyed by their client message id). The same message may come more than
 * once (the ack, the live push, a sync after a reconnect, a history page): it is shown once.
 */
export interface ShownMessage extends Message {
  /** `sending` until the server acks it, `failed` if it refused it; stored messages are `sent`. */
  state: "sending" | "sent" | "failed";
  /** Why a send was refused, for the person. */
  failure?: string;
}

export interface MessageLog {
  /** Stored messages by ascending sequence, then pending ones in the order they were written. */
  messages: ShownMessage[];
  /** Whether older messages than the first one exist (history goes up by `before=`). */
  hasOlder: boolean;
  /**
   * Whether newer messages than the last one exist: the log was opened around a message (a search result, a quoted
   * one) and has not reached the newest yet (it goes down by `after=`). Until it has, live messages are not added.
   */
  hasNewer: boolean;
}

export const EMPTY_LOG: MessageLog = { messages: [], hasOlder: true, hasNewer: false };

function isStored(message: ShownMessage): boolean {
  return message.state === "sent" && message.sequence !== undefined;
}

/** The highest sequence number held: what a `sync` asks to continue from. 0 when there is none. */
export function lastSequence(log: MessageLog): number {
  let last = 0;
  for (const message of log.messages) {
    if (isStored(message) && (message.sequence ?? 0) > last) {
      last = message.sequence ?? 0;
    }
  }
  return last;
}

/** The lowest sequence number held: where the next history page ends (`before=`). */
export function firstSequence(log: MessageLog): number | undefined {
  const first = log.messages.find(isStored);
  return first?.sequence;
}

/**
 * Whether a message numbered `sequence` leaves a hole after what is held: then messages were missed (a push lost
 * between instances) and a `sync` must fetch them. Nothing held yet is no gap: history will fill it.
 */
export function leavesGap(log: MessageLog, sequence: number): boolean {
  const last = lastSequence(log);
  return last > 0 && sequence > last + 1;
}

function sameMessage(a: ShownMessage, b: Message): boolean {
  if (a.sequence !== undefined && b.sequence !== undefined && a.state === "sent") {
    return a.sequence === b.sequence;
  }
  return a.senderId === b.senderId && a.clientMessageId !== undefined && a.clientMessageId === b.clientMessageId;
}

function ordered(messages: ShownMessage[]): ShownMessage[] {
  const stored = messages.filter(isStored).sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
  const pending = messages.filter((message) => !isStored(message));
  return [...stored, ...pending];
}

/**
 * Adds stored messages (a history page, a sync answer, a push, a change): a message already held, by its number or
 * (for my pending ones) by its client message id, is replaced by the newer copy; nothing appears twice.
 */
export function mergeMessages(log: MessageLog, incoming: readonly Message[]): MessageLog {
  if (incoming.length === 0) {
    return log;
  }
  const messages = [...log.messages];
  for (const message of incoming) {
    const shown: ShownMessage = { ...message, state: "sent" };
    const index = messages.findIndex((held) => sameMessage(held, message));
    if (index >= 0) {
      messages[index] = shown;
    } else {
      messages.push(shown);
    }
  }
  return { ...log, messages: ordered(dedupeBySequence(messages)) };
}

/** A pending message and its stored copy may both be held for a moment: keep the stored one. */
function dedupeBySequence(messages: ShownMessage[]): ShownMessage[] {
  const seen = new Set<number>();
  const result: ShownMessage[] = [];
  for (const message of messages) {
    if (isStored(message)) {
      const sequence = message.sequence ?? 0;
      if (seen.has(sequence)) {
        continue;
      }
      seen.add(sequence);
    }
    result.push(message);
  }
  return result.filter(
    (message) =>
      isStored(message) ||
      !result.some((other) => isStored(other) && other.senderId === message.senderId && other.clientMessageId === message.clientMessageId),
  );
}

/** A history page (newest first, as the API answers `before=`) added on top. */
export function addOlder(log: MessageLog, page: readonly Message[], hasMore: boolean): MessageLog {
  return { ...mergeMessages(log, page), hasOlder: hasMore };
}

/** A page of what came after the last one held (oldest first, as the API answers `after=`) added below. */
export function addNewer(log: MessageLog, page: readonly Message[], hasMore: boolean): MessageLog {
  return { ...mergeMessages(log, page), hasNewer: hasMore };
}

/**
 * The log opened around one message: `upTo` is the page ending with it (`before=` its number + 1, newest first),
 * `after` the page that follows it (`after=` its number, oldest first).
 */
export function around(
  upTo: { items: readonly Message[]; hasMore: boolean },
  after: { items: readonly Message[]; hasMore: boolean },
): MessageLog {
  return {
    ...mergeMessages(EMPTY_LOG, [...upTo.items, ...after.items]),
    hasOlder: upTo.hasMore,
    hasNewer: after.hasMore,
  };
}

/**
 * Messages from the socket (a push, a sync answer). While the log has not reached the newest messages, one after
 * what it holds would leave a hole: it is left for the pages below to bring; one held is still replaced.
 */
export function mergeLive(log: MessageLog, incoming: readonly Message[]): MessageLog {
  if (!log.hasNewer) {
    return mergeMessages(log, incoming);
  }
  const last = lastSequence(log);
  return mergeMessages(
    log,
    incoming.filter((message) => (message.sequence ?? Number.MAX_SAFE_INTEGER) <= last),
  );
}

/** A message changed (edited, unsent, reacted to): replaced if held; one not held is left to history. */
export function replaceHeld(log: MessageLog, changed: Message): MessageLog {
  const held = log.messages.some((message) => isStored(message) && message.sequence === changed.sequence);
  return held ? mergeMessages(log, [changed]) : log;
}

/** A message deleted for me: gone from my log (the others still have it). */
export function removeMessage(log: MessageLog, sequence: number): MessageLog {
  return { ...log, messages: log.messages.filter((message) => !(isStored(message) && message.sequence === sequence)) };
}

/** My message as written, shown at once while the server stores it. */
export function addPending(log: MessageLog, message: Message): MessageLog {
  return { ...log, messages: [...log.messages, { ...message, state: "sending" }] };
}

/** The server stored my message: it gets its number and takes its place among the stored ones. */
export function acknowledge(log: MessageLog, me: string, ack: Ack): MessageLog {
  const pending = log.messages.find((message) => message.senderId === me && message.clientMessageId === ack.clientMessageId);
  if (!pending) {
    return log;
  }
  return mergeMessages(log, [
    { ...pending, id: ack.messageId, sequence: ack.sequence, sentAt: ack.sentAt ?? pending.sentAt },
  ]);
}

/** The server refused my message: it stays, marked, with a way to try again. */
export function refuse(log: MessageLog, me: string, clientMessageId: string, failure: string): MessageLog {
  return {
    ...log,
    messages: log.messages.map((message) =>
      message.senderId === me && message.clientMessageId === clientMessageId && message.state !== "sent"
        ? { ...message, state: "failed", failure }
        : message,
    ),
  };
}

/** A refused message sent again: on its way once more, same client id (so a lost ack cannot make it twice). */
export function retry(log: MessageLog, me: string, clientMessageId: string): MessageLog {
  return {
    ...log,
    messages: log.messages.map((message) =>
      message.senderId === me && message.clientMessageId === clientMessageId && message.state === "failed"
        ? { ...message, state: "sending", failure: undefined }
        : message,
    ),
  };
}

/** Removes a pending message that will not be sent (the person gave up on it). */
export function discard(log: MessageLog, me: string, clientMessageId: string): MessageLog {
  return {
    ...log,
    messages: log.messages.filter(
      (message) => !(message.senderId === me && message.clientMessageId === clientMessageId && message.state !== "sent"),
    ),
  };
}

/** A new client message id: 1-64 of `A-Z a-z 0-9 - _`, unique per sender and conversation. */
export function newClientMessageId(): string {
  return crypto.randomUUID();
}
