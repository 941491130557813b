import { describe, expect, it } from "vitest";
import type { Conversation } from "./frames";
import { othersMarks, receiptFor } from "./receipts";

const conversation: Conversation = {
  id: "c",
  kind: "DIRECT",
  members: [
    { userId: "me", lastReadSequence: 7, lastDeliveredSequence: 7 },
    { userId: "ana", lastReadSequence: 4, lastDeliveredSequence: 6 },
  ],
};

describe("read receipts", () => {
  it("come from the conversation for reads made while it was closed, without mine", () => {
    const read = othersMarks(conversation, "me", "lastReadSequence", {});

    expect(read).toEqual({ ana: 4 });
    expect(receiptFor("DIRECT", 4, read, {})).toBe("Seen");
  });

  it("move on with live frames, never back", () => {
    expect(othersMarks(conversation, "me", "lastReadSequence", { ana: 9 })).toEqual({ ana: 9 });
    expect(othersMarks(conversation, "me", "lastReadSequence", { ana: 2 })).toEqual({ ana: 4 });
  });

  it("say Delivered, then Sent, for what is not read yet", () => {
    const read = othersMarks(conversation, "me", "lastReadSequence", {});
    const delivered = othersMarks(conversation, "me", "lastDeliveredSequence", {});

    expect(receiptFor("DIRECT", 6, read, delivered)).toBe("Delivered");
    expect(receiptFor("DIRECT", 7, read, delivered)).toBe("Sent");
    expect(receiptFor("DIRECT", undefined, read, delivered)).toBeUndefined();
  });

  it("count the readers in a group", () => {
    expect(receiptFor("GROUP", 5, { ana: 5, ben: 6, eva: 4 }, {})).toBe("Seen by 2");
  });
});
