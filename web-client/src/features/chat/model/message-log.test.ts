import { describe, expect, it } from "vitest";
import type { Message } from "./frames";
import {
  acknowledge,
  addNewer,
  addOlder,
  around,
  addPending,
  EMPTY_LOG,
  firstSequence,
  lastSequence,
  leavesGap,
  mergeLive,
  mergeMessages,
  refuse,
  removeMessage,
  replaceHeld,
  retry,
} from "./message-log";

const ME = "me";
const ANA = "ana";

function stored(sequence: number, senderId = ANA, text = `message ${sequence}`): Message {
  return { id: `id-${sequence}`, conversationId: "c", sequence, senderId, clientMessageId: `client-${senderId}-${sequence}`, text, sentAt: "2026-01-01T00:00:00Z", reactions: [] };
}

function pending(clientMessageId: string, text = "hello"): Message {
  return { conversationId: "c", senderId: ME, clientMessageId, text, sentAt: "2026-01-01T00:00:00Z", reactions: [] };
}

const sequences = (log: { messages: Message[] }) => log.messages.map((message) => message.sequence);

describe("a conversation's messages", () => {
  it("are ordered by sequence whatever order they come in", () => {
    const log = mergeMessages(EMPTY_LOG, [stored(3), stored(1), stored(2)]);

    expect(sequences(log)).toEqual([1, 2, 3]);
  });

  it("show a message that comes twice once, the newer copy", () => {
    const first = mergeMessages(EMPTY_LOG, [stored(1), stored(2)]);

    const log = mergeMessages(first, [{ ...stored(2), text: "edited" }, stored(1)]);

    expect(sequences(log)).toEqual([1, 2]);
    expect(log.messages[1]?.text).toBe("edited");
  });

  it("put history pages above what is held and remember whether there is older", () => {
    const live = mergeMessages(EMPTY_LOG, [stored(51), stored(52)]);

    const log = addOlder(live, [stored(50), stored(49)], false);

    expect(sequences(log)).toEqual([49, 50, 51, 52]);
    expect(log.hasOlder).toBe(false);
    expect(firstSequence(log)).toBe(49);
    expect(lastSequence(log)).toBe(52);
  });

  it("show my message at once, below the stored ones, until it is stored", () => {
    const log = addPending(mergeMessages(EMPTY_LOG, [stored(1)]), pending("x"));

    expect(log.messages.map((message) => message.state)).toEqual(["sent", "sending"]);
    expect(lastSequence(log)).toBe(1);
  });

  it("give my message its number when the ack comes", () => {
    const log = acknowledge(addPending(mergeMessages(EMPTY_LOG, [stored(1)]), pending("x")), ME, {
      clientMessageId: "x",
      conversationId: "c",
      messageId: "id-2",
      sequence: 2,
      sentAt: "2026-01-01T00:00:01Z",
    });

    expect(sequences(log)).toEqual([1, 2]);
    expect(log.messages[1]?.state).toBe("sent");
  });

  it("show my message once when its push comes before its ack, and after", () => {
    const written = addPending(EMPTY_LOG, pending("x"));
    const pushed = mergeMessages(written, [{ ...pending("x"), id: "id-1", sequence: 1 }]);
    const acked = acknowledge(pushed, ME, { clientMessageId: "x", conversationId: "c", messageId: "id-1", sequence: 1 });
    const pushedAgain = mergeMessages(acked, [{ ...pending("x"), id: "id-1", sequence: 1 }]);

    for (const log of [pushed, acked, pushedAgain]) {
      expect(log.messages).toHaveLength(1);
      expect(log.messages[0]?.sequence).toBe(1);
    }
  });

  it("do not take someone else's message with the same client id for mine", () => {
    const log = mergeMessages(addPending(EMPTY_LOG, pending("x")), [{ ...stored(1), clientMessageId: "x" }]);

    expect(log.messages.map((message) => message.senderId)).toEqual([ANA, ME]);
  });

  it("mark a refused message, and send it again on retry", () => {
    const refused = refuse(addPending(EMPTY_LOG, pending("x")), ME, "x", "Too long");

    expect(refused.messages[0]).toMatchObject({ state: "failed", failure: "Too long" });
    expect(retry(refused, ME, "x").messages[0]?.state).toBe("sending");
  });

  it("see a gap only after what is held, not before the first message", () => {
    const log = mergeMessages(EMPTY_LOG, [stored(4), stored(5)]);

    expect(leavesGap(log, 6)).toBe(false);
    expect(leavesGap(log, 8)).toBe(true);
    expect(leavesGap(EMPTY_LOG, 8)).toBe(false);
  });
});

describe("a conversation opened around one message", () => {
  const opened = around(
    { items: [stored(50), stored(49), stored(48)], hasMore: true },
    { items: [stored(51), stored(52)], hasMore: true },
  );

  it("holds the pages before and after it, with more on both sides", () => {
    expect(sequences(opened)).toEqual([48, 49, 50, 51, 52]);
    expect(opened.hasOlder).toBe(true);
    expect(opened.hasNewer).toBe(true);
  });

  it("leaves a live message after its end to the pages below, and still replaces one it holds", () => {
    const log = mergeLive(opened, [stored(90), { ...stored(51), text: "edited" }]);

    expect(sequences(log)).toEqual([48, 49, 50, 51, 52]);
    expect(log.messages[3]?.text).toBe("edited");
  });

  it("takes live messages again once the pages below reached the newest", () => {
    const reached = addNewer(opened, [stored(53), stored(54)], false);

    expect(reached.hasNewer).toBe(false);
    expect(sequences(mergeLive(reached, [stored(55)]))).toEqual([48, 49, 50, 51, 52, 53, 54, 55]);
  });
});

describe("a message changed or deleted for me", () => {
  it("replaces a held message, and leaves one not held to history (no hole above the oldest)", () => {
    const log = mergeMessages(EMPTY_LOG, [stored(10), stored(11)]);

    expect(sequences(replaceHeld(log, stored(3)))).toEqual([10, 11]);
    expect(replaceHeld(log, { ...stored(11), text: "edited" }).messages[1]?.text).toBe("edited");
  });

  it("is gone from the log once deleted for me", () => {
    const log = mergeMessages(EMPTY_LOG, [stored(1), stored(2), stored(3)]);

    expect(sequences(removeMessage(log, 2))).toEqual([1, 3]);
  });
});
