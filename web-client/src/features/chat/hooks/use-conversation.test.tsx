import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, render, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ChatProvider } from "./chat-context";
import { useConversation } from "./use-conversation";

/** A socket that never opens: these tests are about what the conversation reads over HTTP. */
class SilentSocket {
  readyState = 0;
  onopen = null;
  onmessage = null;
  onclose = null;
  onerror = null;
  send() {}
  close() {}
}

const message = (sequence: number) => ({ conversationId: "c1", sequence, senderId: "ben", text: `m${sequence}`, sentAt: new Date().toISOString(), reactions: [] });

/** The history pages asked for, as `before=…` / `after=…` / `newest`. */
let asked: string[];

beforeEach(() => {
  asked = [];
  vi.stubGlobal("WebSocket", SilentSocket);
  vi.stubGlobal(
    "fetch",
    vi.fn(async (request: Request) => {
      const query = new URL(request.url).searchParams;
      const before = query.get("before");
      const after = query.get("after");
      asked.push(before ? `before=${before}` : after ? `after=${after}` : "newest");
      const items = after
        ? [message(Number(after) + 1)]
        : [message(before ? Number(before) - 1 : 100)];
      // Opened at a message: there is more below it, so the newest are not held yet.
      return new Response(JSON.stringify({ items, hasMore: true }), { headers: { "Content-Type": "application/json" } });
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

function Probe({ focus, seen }: { focus: number | undefined; seen: (at: number | undefined, loaded: boolean) => void }) {
  const chat = useConversation("c1", "me", 0, focus);
  seen(chat.at, chat.loaded);
  return null;
}

function wrapper({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <ChatProvider>{children}</ChatProvider>
    </QueryClientProvider>
  );
}

describe("an open conversation following the address's ?message=", () => {
  it("opens at the message, goes to the newest when the address names none, and to another message when it names one", async () => {
    let state = { at: undefined as number | undefined, loaded: false };
    const seen = (at: number | undefined, loaded: boolean) => (state = { at, loaded });
    const view = render(<Probe focus={50} seen={seen} />, { wrapper });
    await waitFor(() => expect(state).toEqual({ at: 50, loaded: true }));
    expect(asked).toEqual(["before=51", "after=50"]);

    act(() => view.rerender(<Probe focus={undefined} seen={seen} />));
    await waitFor(() => expect(state).toEqual({ at: undefined, loaded: true }));
    expect(asked.at(-1)).toBe("newest");

    act(() => view.rerender(<Probe focus={80} seen={seen} />));
    await waitFor(() => expect(state).toEqual({ at: 80, loaded: true }));
    expect(asked.slice(-2)).toEqual(["before=81", "after=80"]);
  });

  it("opens the same message again when it is asked for again after leaving it", async () => {
    let state = { at: undefined as number | undefined, loaded: false };
    const seen = (at: number | undefined, loaded: boolean) => (state = { at, loaded });
    const view = render(<Probe focus={50} seen={seen} />, { wrapper });
    await waitFor(() => expect(state.loaded).toBe(true));
    act(() => view.rerender(<Probe focus={undefined} seen={seen} />));
    await waitFor(() => expect(state).toEqual({ at: undefined, loaded: true }));

    act(() => view.rerender(<Probe focus={50} seen={seen} />));
    await waitFor(() => expect(state).toEqual({ at: 50, loaded: true }));
    expect(asked.filter((page) => page === "before=51")).toHaveLength(2);
  });
});
