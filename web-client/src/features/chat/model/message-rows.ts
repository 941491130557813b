import type { ShownMessage } from "./message-log";

/**
 * The rules of the virtualised message list (`components/message-rows.tsx`), kept as data: which rows are in the
 * DOM besides those near the viewport, and when the view goes down to the newest. The list itself is
 * `@tanstack/react-virtual`'s (measuring each row, keeping the row at the top of the view in place when older pages
 * are added above it, following new rows while at the bottom).
 */

/** A row's key: stable from "Sending…" to stored (a pending message has no number yet, its client id it keeps). */
export function messageKey(message: ShownMessage): string {
  return `${message.senderId ?? ""}:${message.clientMessageId ?? message.sequence ?? ""}`;
}

/** Where a stored message is in the list; -1 when it is not held. */
export function indexOfSequence(messages: readonly ShownMessage[], sequence: number): number {
  return messages.findIndex((message) => message.state === "sent" && message.sequence === sequence);
}

/**
 * The rows to render: those the virtualiser chose (near the viewport, ascending) and the pinned ones (the row
 * holding the focus, one with its menu open or being edited, one being scrolled to), so that a person's place
 * in the keyboard order and what they are typing are not unmounted when the row scrolls out of view.
 */
export function withPinned(visible: readonly number[], pinned: Iterable<number>, count: number): number[] {
  const rows = new Set(visible);
  for (const index of pinned) {
    if (Number.isInteger(index) && index >= 0 && index < count) {
      rows.add(index);
    }
  }
  return [...rows].sort((a, b) => a - b);
}

/**
 * Whether a change of the list must take the view to the bottom though the person is not there: the newest row
 * is now my own message, just written (the list follows the bottom by itself only when already at it).
 */
export function goesToNewest(previousLastKey: string | undefined, messages: readonly ShownMessage[], me: string): boolean {
  const last = messages.at(-1);
  return last !== undefined && messageKey(last) !== previousLastKey && last.senderId === me && last.state === "sending";
}
