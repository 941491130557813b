import { describe, expect, it } from "vitest";
import { mergePatch } from "./profile-fields";

describe("the profile's merge patch", () => {
  it("holds only what changed", () => {
    expect(mergePatch({ displayName: "Ana", bio: "Hi" }, { displayName: "Ana", bio: "Hello" })).toEqual({ bio: "Hello" });
  });

  it("empties a part that was cleared", () => {
    expect(mergePatch({ displayName: "Ana", work: "Acme" }, { displayName: "Ana", work: "  " })).toEqual({ work: null });
  });

  it("leaves out a part that stays empty", () => {
    expect(mergePatch({ displayName: "Ana" }, { displayName: "Ana", hometown: "" })).toEqual({});
  });
});
