import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MessageSearch } from "./message-search";

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
}

const conversation = {
  id: "c1",
  kind: "DIRECT",
  name: "Ben Cole",
  participants: [
    { id: "me", displayName: "Ana Lima" },
    { id: "ben", displayName: "Ben Cole" },
  ],
};

function show() {
  const onSearching = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <MessageSearch me="me" onSearching={onSearching} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return onSearching;
}

describe("searching my messages", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists what matched, each a way into its conversation at that message, shown as text", async () => {
    const fetch = vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/conversations/messages/search") {
        return json({
          items: [
            { id: "m", conversationId: "c1", sequence: 42, senderId: "ben", text: "<b>dinner</b> at 8?", sentAt: new Date().toISOString() },
          ],
        });
      }
      return json({ items: [conversation] });
    });
    vi.stubGlobal("fetch", fetch);
    const onSearching = show();

    await userEvent.type(screen.getByRole("searchbox", { name: "Search your messages" }), "dinn{Enter}");

    const result = await screen.findByRole("link", { name: /Ben Cole/ });
    expect(result.getAttribute("href")).toBe("/messages/c1?message=42");
    expect(result.textContent).toContain("Ben Cole: <b>dinner</b> at 8?");
    expect(onSearching).toHaveBeenCalledWith(true);
    const searched = fetch.mock.calls.map(([request]) => new URL(request.url)).find((url) => url.pathname.endsWith("/search"));
    expect(searched?.searchParams.get("q")).toBe("dinn");
  });

  it("shows more results on request, from the cursor the first page ended with", async () => {
    const message = (n: number) => ({ id: `m${n}`, conversationId: "c1", sequence: n, senderId: "ben", text: `lantern ${n}`, sentAt: new Date().toISOString() });
    const fetch = vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === "/api/conversations/messages/search") {
        return url.searchParams.get("cursor") === "after-20"
          ? json({ items: [message(1)] })
          : json({ items: Array.from({ length: 20 }, (_, index) => message(21 - index)), next: "after-20" });
      }
      return json({ items: [conversation] });
    });
    vi.stubGlobal("fetch", fetch);
    show();

    await userEvent.type(screen.getByRole("searchbox", { name: "Search your messages" }), "lantern{Enter}");
    await screen.findByText(/: lantern 21$/);
    expect(screen.queryByText(/: lantern 1$/)).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Show more" }));

    const results = await screen.findByRole("list", { name: "Search results" });
    await vi.waitFor(() => expect(results.querySelectorAll("li")).toHaveLength(21));
    expect(screen.queryByRole("button", { name: "Show more" })).toBeNull();
  });

  it("says when nothing matched", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => json({ items: [] })));
    show();

    await userEvent.type(screen.getByRole("searchbox", { name: "Search your messages" }), "zebra{Enter}");

    expect(await screen.findByText("No messages found")).toBeDefined();
  });

  it("asks for a word before searching, next to the box", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    show();

    await userEvent.click(screen.getByRole("button", { name: "Search" }));

    const error = screen.getByText("Type a word to look for.");
    expect(screen.getByRole("searchbox").getAttribute("aria-describedby")).toBe(error.id);
    expect(fetch).not.toHaveBeenCalled();
  });
});
