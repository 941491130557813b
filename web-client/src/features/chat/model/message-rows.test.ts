import { describe, expect, it } from "vitest";
import type { ShownMessage } from "./message-log";
import { goesToNewest, indexOfSequence, messageKey, withPinned } from "./message-rows";

const stored = (sequence: number, senderId = "ben"): ShownMessage => ({ sequence, senderId, text: `m${sequence}`, state: "sent" });
const pending = (clientMessageId: string, senderId = "ana"): ShownMessage => ({ clientMessageId, senderId, text: "hi", state: "sending" });

describe("messageKey", () => {
  it("keeps a message's key from sending to stored, so its row is not remounted when the ack numbers it", () => {
    const sending = pending("c-1");
    const acked: ShownMessage = { ...sending, sequence: 7, state: "sent" };
    expect(messageKey(acked)).toBe(messageKey(sending));
  });

  it("tells stored messages apart by their number", () => {
    expect(messageKey(stored(1))).not.toBe(messageKey(stored(2)));
  });
});

describe("indexOfSequence", () => {
  it("finds a stored message and not a pending one", () => {
    const messages = [stored(4), stored(5), pending("c-1")];
    expect(indexOfSequence(messages, 5)).toBe(1);
    expect(indexOfSequence(messages, 9)).toBe(-1);
  });
});

describe("withPinned", () => {
  it("adds pinned rows out of view, in order, once", () => {
    expect(withPinned([40, 41, 42], [3, 41], 100)).toEqual([3, 40, 41, 42]);
  });

  it("ignores pinned rows that are no longer in the list", () => {
    expect(withPinned([0, 1], [-1, 5, Number.NaN], 2)).toEqual([0, 1]);
  });
});

describe("goesToNewest", () => {
  it("goes down when I have just written a message", () => {
    const before = [stored(1), stored(2)];
    const after = [...before, pending("c-1", "ana")];
    expect(goesToNewest(messageKey(stored(2)), after, "ana")).toBe(true);
  });

  it("stays when someone else's message arrives (the list follows it only at the bottom)", () => {
    expect(goesToNewest(messageKey(stored(2)), [stored(1), stored(2), stored(3, "ben")], "ana")).toBe(false);
  });

  it("stays when older history is added above and the newest is unchanged", () => {
    const mine = pending("c-1", "ana");
    expect(goesToNewest(messageKey(mine), [stored(1), stored(2), mine], "ana")).toBe(false);
  });

  it("stays when my message is acknowledged (same row, now stored)", () => {
    const mine = pending("c-1", "ana");
    expect(goesToNewest(messageKey(mine), [stored(1), { ...mine, sequence: 2, state: "sent" }], "ana")).toBe(false);
  });
});
