import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ShownMessage } from "../model/message-log";
import { editable, MessageItem, reactionSummary } from "./message-item";

const attack = "<img src=x onerror=alert(1)>";

function message(overrides: Partial<ShownMessage> = {}): ShownMessage {
  return {
    id: "m1",
    conversationId: "c1",
    sequence: 1,
    senderId: "ana",
    clientMessageId: "x",
    text: attack,
    sentAt: new Date().toISOString(),
    reactions: [],
    state: "sent",
    ...overrides,
  };
}

function show(shown: ShownMessage, mine = false, handlers: { onResend?: () => void } = {}) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <ol>
        <MessageItem
          message={shown}
          mine={mine}
          me="me"
          senderName="Ana Lima"
          showSender={false}
          readOnly={false}
          onChanged={() => {}}
          onResend={handlers.onResend ?? (() => {})}
          onGiveUp={() => {}}
        />
      </ol>
    </QueryClientProvider>,
  );
}

describe("a message", () => {
  it("shows its text as text, never as HTML", () => {
    const { container } = show(message());

    expect(screen.getByText(attack)).toBeDefined();
    expect(container.querySelector("img[src=x]")).toBeNull();
  });

  it("offers reactions to anyone, and edit and unsend only to its sender", async () => {
    show(message(), false);
    await userEvent.click(screen.getByRole("button", { name: /Actions for the message/ }));

    expect(screen.getByRole("button", { name: "React with 👍" })).toBeDefined();
    expect(screen.queryByRole("button", { name: "Edit" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Unsend" })).toBeNull();
  });

  it("lets its sender edit it within 15 minutes only", async () => {
    show(message({ senderId: "me" }), true);
    await userEvent.click(screen.getByRole("button", { name: /Actions for the message/ }));

    expect(screen.getByRole("button", { name: "Edit" })).toBeDefined();
    expect(screen.getByRole("button", { name: "Unsend" })).toBeDefined();
    expect(editable(message({ sentAt: new Date(Date.now() - 16 * 60_000).toISOString() }))).toBe(false);
  });

  it("says so when unsent, without its text", () => {
    show(message({ unsent: true, text: undefined }));

    expect(screen.getByText("Ana unsent a message")).toBeDefined();
    expect(screen.queryByRole("button", { name: /Actions/ })).toBeNull();
  });

  it("shows a refused send with a way to try again", async () => {
    const onResend = vi.fn();
    show(message({ senderId: "me", sequence: undefined, state: "failed", failure: "Too long" }), true, { onResend });

    expect(screen.getByText(/Not sent: Too long/)).toBeDefined();
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(onResend).toHaveBeenCalled();
  });

  it("sums reactions by emoji and marks mine", () => {
    const summary = reactionSummary(
      message({ reactions: [{ userId: "ana", emoji: "👍" }, { userId: "me", emoji: "👍" }, { userId: "bo", emoji: "😂" }] }),
      "me",
    );

    expect(summary).toEqual([
      { emoji: "👍", count: 2, mine: true },
      { emoji: "😂", count: 1, mine: false },
    ]);
  });
});
