import { describe, expect, it } from "vitest";
import { validateRegistration } from "./registration-rules";

describe("the sign-up's rules, as the server checks them", () => {
  const valid = { displayName: "Zoë O'Neill-Smith", email: "zoe@example.com", password: "a-long-passphrase" };

  it("accepts a good sign-up", () => {
    expect(validateRegistration(valid)).toEqual({});
  });

  it("names each bad field", () => {
    const errors = validateRegistration({ displayName: "1<b>", email: "nope", password: "short" });
    expect(Object.keys(errors).sort()).toEqual(["displayName", "email", "password"]);
  });

  it("refuses a name that starts with something other than a letter", () => {
    expect(validateRegistration({ ...valid, displayName: "<img src=x onerror=alert(1)>" }).displayName).toBeDefined();
  });
});
