import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Conversation } from "../model/frames";
import { GroupDetails } from "./group-details";

const group: Conversation = {
  id: "g1",
  kind: "GROUP",
  name: "Lighthouse club",
  createdBy: "ana",
  participants: [
    { id: "ana", displayName: "Ana Lima" },
    { id: "ben", displayName: "Ben Cole" },
  ],
  members: [],
};

const friends = () => ({ items: [{ id: "ben", displayName: "Ben Cole" }, { id: "eva", displayName: "Eva Diaz" }] });

function problem(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/problem+json" } });
}

function show(me: string, conversation: Conversation = group) {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
      <MemoryRouter>
        <GroupDetails conversation={conversation} me={me} useFriends={friends} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe("a group's details", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("let only its creator remove others", () => {
    show("ana");
    expect(screen.getByRole("button", { name: "Remove Ben Cole from the group" })).toBeDefined();
    expect(screen.queryByRole("button", { name: "Remove Ana Lima from the group" })).toBeNull();
  });

  it("offer no removing to a member who did not make it", () => {
    show("ben");
    expect(screen.queryByRole("button", { name: /^Remove / })).toBeNull();
    expect(screen.getByRole("button", { name: "Leave group" })).toBeDefined();
  });

  it("show the server's problem with the name next to the name", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        problem(400, {
          type: "urn:problem-type:fakebook:invalid-input",
          title: "Bad Request",
          status: 400,
          errors: [{ field: "name", message: "A group's name has 1 to 100 characters." }],
        }),
      ),
    );
    show("ben");

    const name = screen.getByLabelText("Group name");
    await userEvent.clear(name);
    await userEvent.type(name, "Trip");
    await userEvent.click(screen.getByRole("button", { name: "Rename" }));

    const error = await screen.findByText("A group's name has 1 to 100 characters.");
    expect(name.getAttribute("aria-describedby")).toContain(error.id);
    expect(name.getAttribute("aria-invalid")).toBe("true");
  });

  it("check the name as the server does before sending it", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    show("ben");

    await userEvent.clear(screen.getByLabelText("Group name"));
    await userEvent.click(screen.getByRole("button", { name: "Rename" }));

    expect(screen.getByText("Give the group a name.")).toBeDefined();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("mute the group, and unmute it when it is muted", async () => {
    const calls: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: Request | string, init?: RequestInit) => {
        const request = input instanceof Request ? input : new Request(new URL(input, "http://localhost"), init);
        calls.push(`${request.method} ${new URL(request.url).pathname}`);
        return new Response(null, { status: 204 });
      }),
    );
    show("ben");

    const mute = screen.getByRole("checkbox", { name: "Mute this group" });
    expect((mute as HTMLInputElement).checked).toBe(false);
    await userEvent.click(mute);
    await vi.waitFor(() => expect(calls).toContain("PUT /api/conversations/g1/mute"));

    show("ben", { ...group, muted: true });
    const muted = screen.getAllByRole("checkbox", { name: "Mute this group" })[1] as HTMLInputElement;
    expect(muted.checked).toBe(true);
    await userEvent.click(muted);
    await vi.waitFor(() => expect(calls).toContain("DELETE /api/conversations/g1/mute"));
  });

  it("offer only friends not in it yet, and show the server's problem next to the choice", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        problem(400, {
          type: "urn:problem-type:fakebook:invalid-input",
          title: "Bad Request",
          status: 400,
          errors: [{ field: "userId", message: "Only your friends can be added." }],
        }),
      ),
    );
    show("ana");

    const choice = screen.getByLabelText("Add a friend");
    expect(screen.queryByRole("option", { name: "Ben Cole" })).toBeNull();
    await userEvent.selectOptions(choice, "Eva Diaz");
    await userEvent.click(screen.getByRole("button", { name: "Add" }));

    const error = await screen.findByText("Only your friends can be added.");
    expect(choice.getAttribute("aria-describedby")).toContain(error.id);
  });
});
