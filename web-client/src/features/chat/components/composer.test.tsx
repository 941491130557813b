import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { Composer } from "./composer";

describe("the composer", () => {
  it("says what a reply answers, and Escape makes it a plain message again", async () => {
    const onCancelReply = vi.fn();
    render(
      <Composer
        name="Ana Lima"
        onSend={() => {}}
        onTyping={() => {}}
        replying={{ sequence: 3, name: "Ana Lima", text: "Dinner at 8?" }}
        onCancelReply={onCancelReply}
      />,
    );

    const input = screen.getByLabelText("Reply to Ana Lima");
    expect(document.activeElement).toBe(input);
    expect(screen.getByText(/Replying to/).textContent).toContain("Dinner at 8?");
    await userEvent.keyboard("{Escape}");
    expect(onCancelReply).toHaveBeenCalled();
  });

  it("sends on Enter, and the reply's cancel button is labelled", async () => {
    const onSend = vi.fn();
    render(
      <Composer name="Ana Lima" onSend={onSend} onTyping={() => {}} replying={{ sequence: 3, name: "Ana Lima", text: "x" }} />,
    );

    await userEvent.type(screen.getByLabelText("Reply to Ana Lima"), "Sure{Enter}");
    expect(onSend).toHaveBeenCalledWith("Sure");
    expect(screen.getByRole("button", { name: "Cancel the reply" })).toBeDefined();
  });
});
