import type { Conversation } from "./frames";

/** How far each other member has read (or received): the marks the conversation came with, moved on by live frames. */
export function othersMarks(
  conversation: Conversation,
  me: string,
  mark: "lastReadSequence" | "lastDeliveredSequence",
  live: Readonly<Record<string, number>>,
): Record<string, number> {
  const marks: Record<string, number> = {};
  for (const member of conversation.members ?? []) {
    if (member.userId && member.userId !== me) {
      marks[member.userId] = member[mark] ?? 0;
    }
  }
  for (const [userId, upTo] of Object.entries(live)) {
    if (userId !== me) {
      marks[userId] = Math.max(marks[userId] ?? 0, upTo);
    }
  }
  return marks;
}

/**
 * What my last stored message says under it: "Seen" when the other has read it ("Seen by 2" in a group),
 * "Delivered" when a device of theirs has it, else "Sent". Nothing for a message not stored yet.
 */
export function receiptFor(
  kind: Conversation["kind"],
  sequence: number | undefined,
  readBy: Readonly<Record<string, number>>,
  deliveredTo: Readonly<Record<string, number>>,
): string | undefined {
  if (sequence === undefined) {
    return undefined;
  }
  const seenBy = Object.values(readBy).filter((upTo) => upTo >= sequence).length;
  if (seenBy > 0) {
    return kind === "GROUP" ? `Seen by ${seenBy}` : "Seen";
  }
  const delivered = Object.values(deliveredTo).some((upTo) => upTo >= sequence);
  return delivered ? "Delivered" : "Sent";
}
