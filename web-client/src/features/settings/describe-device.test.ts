import { describe, expect, it } from "vitest";
import { describeDevice } from "./components/settings-page";

describe("a session's device", () => {
  it("names browser and system", () => {
    expect(describeDevice("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36")).toBe(
      "Chrome on Linux",
    );
    expect(describeDevice("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Safari/604.1")).toBe(
      "Safari on iOS",
    );
  });

  it("says so when it is unknown", () => {
    expect(describeDevice(undefined)).toBe("Unknown device");
  });
});
