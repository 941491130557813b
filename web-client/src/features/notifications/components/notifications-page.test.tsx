import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryRouter, Route, Routes, useParams } from "react-router";
import type { Notification } from "../api/notifications-api";
import { NotificationPreferences } from "./notification-preferences";
import { NotificationsPage, targetOf } from "./notifications-page";

const avatarChanged: Notification = {
  id: "n1",
  type: "FRIEND_AVATAR_CHANGED",
  actor: { id: "ana", displayName: "Ana Lima", avatarUrl: "/api/profiles/ana/avatar/new.webp" },
  subjectId: "ana",
  count: 0,
  text: "Ana Lima changed their profile picture.",
  read: false,
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
};

function answer(status: number, body?: unknown) {
  return body === undefined
    ? new Response(null, { status })
    : new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

/** The service as the page sees it: these notifications, these preferences; every call recorded. */
function serve(notifications: Notification[], preferences: Record<string, boolean> = {}) {
  const fetch = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/notifications") return answer(200, { items: notifications });
    if (path === "/api/notifications/unread-count") return answer(200, { count: notifications.filter((n) => !n.read).length });
    if (path === "/api/notifications/preferences" && request.method === "GET") return answer(200, preferences);
    if (path === "/api/notifications/preferences") return answer(200, { ...preferences, ...(await request.json()) });
    return answer(204);
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

function Profile() {
  return <p>Profile of {useParams().id}</p>;
}

function show(element: ReactNode, at = "/notifications") {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={[at]}>
        <Routes>
          <Route path="/notifications" element={element} />
          <Route path="/people/:id" element={<Profile />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe("a notification", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("leads to what it is about", () => {
    expect(targetOf({ type: "FRIEND_REQUEST_RECEIVED", subjectId: "r1" })).toBe("/friends");
    expect(targetOf({ type: "FRIEND_REQUEST_ACCEPTED", actor: { id: "ana" } })).toBe("/people/ana");
    expect(targetOf({ type: "FRIEND_AVATAR_CHANGED", actor: { id: "ana" }, subjectId: "ana" })).toBe("/people/ana");
    expect(targetOf({ type: "NEW_MESSAGES", subjectId: "c1" })).toBe("/messages/c1");
    expect(targetOf({ type: "WELCOME", subjectId: "me" })).toBe("/profile");
  });

  it("of a friend's new profile picture says so with the picture, and opens the friend's profile", async () => {
    serve([avatarChanged]);
    show(<NotificationsPage />);

    const item = await screen.findByRole("button", { name: /^Ana Lima changed their profile picture\./ });
    expect(item.querySelector("img")?.getAttribute("src")).toBe("/api/profiles/ana/avatar/new.webp");

    await userEvent.click(item);

    expect(await screen.findByText("Profile of ana")).toBeDefined();
  });
});

describe("the notification preferences", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("name a friend's new profile picture, off until switched on", async () => {
    const fetch = serve([], { NEW_MESSAGES: true, FRIEND_AVATAR_CHANGED: false });
    show(<NotificationPreferences />);

    const toggle = await screen.findByRole("checkbox", { name: "A friend changes their profile picture" });
    expect((toggle as HTMLInputElement).checked).toBe(false);

    await userEvent.click(toggle);

    const put = fetch.mock.calls.map(([request]) => request).find((request) => request.method === "PUT");
    expect(put?.url).toMatch(/\/api\/notifications\/preferences$/);
    expect(await screen.findByRole("checkbox", { name: "A friend changes their profile picture", checked: true })).toBeDefined();
  });
});
