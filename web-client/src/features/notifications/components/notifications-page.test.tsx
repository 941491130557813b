import { describe, expect, it } from "vitest";
import { targetOf } from "./notifications-page";

describe("a notification", () => {
  it("leads to what it is about", () => {
    expect(targetOf({ type: "FRIEND_REQUEST_RECEIVED", subjectId: "r1" })).toBe("/friends");
    expect(targetOf({ type: "FRIEND_REQUEST_ACCEPTED", actor: { id: "ana" } })).toBe("/people/ana");
    expect(targetOf({ type: "NEW_MESSAGES", subjectId: "c1" })).toBe("/messages/c1");
    expect(targetOf({ type: "WELCOME", subjectId: "me" })).toBe("/profile");
  });
});
