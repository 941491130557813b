import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Message } from "../model/frames";
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

function show(
  shown: ShownMessage,
  mine = false,
  handlers: {
    onResend?: () => void;
    onReply?: (message: Message) => void;
    onHide?: (sequence: number) => Promise<void>;
    onGoTo?: (sequence: number) => void;
    original?: Message;
  } = {},
) {
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
          onReply={handlers.onReply}
          onHide={handlers.onHide}
          onGoTo={handlers.onGoTo}
          original={handlers.original}
          nameOf={(userId) => (userId === "ana" ? "Ana Lima" : "Ben Cole")}
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

  it("says so when unsent, without its text, and can then only be deleted for me", async () => {
    show(message({ unsent: true, text: undefined }));

    expect(screen.getByText("Ana unsent a message")).toBeDefined();
    await userEvent.click(screen.getByRole("button", { name: /Actions for the message/ }));
    expect(screen.getByRole("button", { name: "Delete for me" })).toBeDefined();
    expect(screen.queryByRole("button", { name: "Reply" })).toBeNull();
    expect(screen.queryByRole("button", { name: "React with 👍" })).toBeNull();
  });

  it("offers a reply and deleting it for me to anyone, by keyboard", async () => {
    const onReply = vi.fn();
    const onHide = vi.fn(async () => {});
    show(message({ sequence: 7 }), false, { onReply, onHide });

    screen.getByRole("button", { name: /Actions for the message/ }).focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.click(screen.getByRole("button", { name: "Reply" }));
    expect(onReply).toHaveBeenCalledWith(expect.objectContaining({ sequence: 7 }));

    await userEvent.click(screen.getByRole("button", { name: /Actions for the message/ }));
    await userEvent.click(screen.getByRole("button", { name: "Delete for me" }));
    expect(onHide).toHaveBeenCalledWith(7);
  });

  it("quotes the message it answers, as text, and goes to it when the quote is chosen", async () => {
    const onGoTo = vi.fn();
    show(message({ sequence: 9, replyTo: 3, text: "yes" }), false, {
      onGoTo,
      original: message({ sequence: 3, senderId: "ben", text: `${attack} at 8?` }),
    });

    const quote = screen.getByRole("button", { name: /^Reply to\s?Ben Cole:\s?.* at 8\?\s?\(go to the original message\)$/ });
    expect(quote.textContent).toContain(attack);
    await userEvent.click(quote);
    expect(onGoTo).toHaveBeenCalledWith(3);
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
