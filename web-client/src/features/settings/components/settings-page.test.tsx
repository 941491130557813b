import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SettingsPage } from "./settings-page";

function json(body: unknown, status = 200, type = "application/json") {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": type } });
}

describe("deleting one's account", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("offers a login again, the password asked and back to Settings, when the server wants a recent login", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (request: Request) => {
        const path = new URL(request.url).pathname;
        if (path === "/api/auth/me" && request.method === "DELETE") {
          return json(
            {
              type: "urn:problem-type:fakebook:reauthentication-required",
              title: "Forbidden",
              status: 403,
              detail: "For your safety, please log in again before deleting your account.",
            },
            403,
            "application/problem+json",
          );
        }
        if (path === "/api/auth/me") {
          return json({ id: "ana", email: "ana@fakebook.test", displayName: "Ana Lima" });
        }
        return json([]);
      }),
    );
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })}>
        <MemoryRouter>
          <SettingsPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );

    await screen.findByText("Logged in as ana@fakebook.test");
    await userEvent.type(screen.getByLabelText("Type your email to confirm"), "ana@fakebook.test");
    await userEvent.click(screen.getByRole("button", { name: "Delete my account" }));

    const again = await screen.findByRole("link", { name: "Log in again" });
    expect(again.getAttribute("href")).toBe("/oauth2/authorization/keycloak?fresh");
  });
});
