import { beforeEach, describe, expect, it } from "vitest";
import { ChatSocket, chatSocketUrl, type ChatStatus, type SocketLike } from "./chat-socket";
import type { ServerFrame } from "./frames";

/** A WebSocket stand-in: records what the client sends; the test plays the server. */
class FakeSocket implements SocketLike {
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  closed = false;

  send(data: string) {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }

  close() {
    this.closed = true;
  }

  /** The server accepts the socket and says welcome. */
  welcome() {
    this.readyState = 1;
    this.onopen?.({});
    this.push({ type: "welcome", userId: "me", maxFrameChars: 16384 });
  }

  push(frame: ServerFrame | Record<string, unknown>) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }

  drop(code?: number) {
    this.readyState = 3;
    this.onclose?.(code === undefined ? {} : { code });
  }
}

/** Timers the test fires by hand. */
class Timers {
  private next = 0;
  pending = new Map<number, { callback: () => void; ms: number }>();
  set = (callback: () => void, ms: number) => {
    this.next += 1;
    this.pending.set(this.next, { callback, ms });
    return this.next;
  };
  clear = (timer: unknown) => {
    this.pending.delete(timer as number);
  };
  fireAll() {
    const due = [...this.pending.values()];
    this.pending.clear();
    due.forEach((timer) => timer.callback());
  }
}

describe("the chat socket", () => {
  let sockets: FakeSocket[];
  let timers: Timers;
  let chat: ChatSocket;
  let statuses: ChatStatus[];
  const current = () => sockets.at(-1)!;

  beforeEach(() => {
    sockets = [];
    timers = new Timers();
    statuses = [];
    chat = new ChatSocket({
      url: "ws://test/ws/chat",
      createSocket: () => {
        const socket = new FakeSocket();
        sockets.push(socket);
        return socket;
      },
      backoff: () => 1000,
      setTimer: timers.set,
      clearTimer: timers.clear,
    });
    chat.onStatus((status) => statuses.push(status));
    chat.start();
  });

  it("is online once the server says welcome, and knows who I am", () => {
    expect(chat.status).toBe("connecting");

    current().welcome();

    expect(chat.status).toBe("online");
    expect(chat.userId).toBe("me");
  });

  it("shows reconnecting after a drop, then connects again by itself", () => {
    current().welcome();

    current().drop();
    expect(chat.status).toBe("reconnecting");
    timers.fireAll();
    expect(sockets).toHaveLength(2);
    current().welcome();

    expect(statuses).toEqual(["online", "reconnecting", "online"]);
  });

  it("asks after every connection for what each shown conversation missed, from its last sequence", () => {
    let last = 7;
    chat.track("c1", () => last);
    current().welcome();
    expect(current().sent).toEqual([{ type: "sync", conversations: [{ conversationId: "c1", lastSequence: 7 }] }]);

    last = 9;
    current().drop();
    timers.fireAll();
    current().welcome();

    expect(current().sent).toEqual([{ type: "sync", conversations: [{ conversationId: "c1", lastSequence: 9 }] }]);
  });

  it("asks again while the server says there is more", () => {
    chat.track("c1", () => 0);
    current().welcome();

    current().push({ type: "messages", conversationId: "c1", hasMore: true, messages: [{ sequence: 100 }] });

    expect(current().sent.at(-1)).toEqual({ type: "sync", conversations: [{ conversationId: "c1", lastSequence: 100 }] });
  });

  it("stops syncing a conversation no screen shows", () => {
    const stop = chat.track("c1", () => 3);
    stop();

    current().welcome();

    expect(current().sent).toEqual([]);
  });

  it("sends a message written offline once connected, and again after a drop until it is acknowledged", () => {
    const send = { type: "send" as const, clientMessageId: "x", conversationId: "c1", text: "hi" };
    chat.sendMessage(send);
    expect(sockets[0]!.sent).toEqual([]);

    current().welcome();
    expect(current().sent).toEqual([send]);

    current().drop();
    timers.fireAll();
    current().welcome();
    expect(current().sent).toEqual([send]);

    current().push({ type: "ack", ack: { clientMessageId: "x", conversationId: "c1", sequence: 1 } });
    current().drop();
    timers.fireAll();
    current().welcome();
    expect(current().sent).toEqual([]);
  });

  it("gives up a send the server refused", () => {
    current().welcome();
    chat.sendMessage({ type: "send", clientMessageId: "x", conversationId: "c1", text: "hi" });

    current().push({ type: "error", code: "invalid-input", ref: "x", field: "text" });
    current().drop();
    timers.fireAll();
    current().welcome();

    expect(current().sent).toEqual([]);
  });

  it("sends again, later and with the same client id, a send the server was too busy to take", () => {
    const heard: string[] = [];
    chat.onFrame((frame) => heard.push(frame.type));
    current().welcome();
    const send = { type: "send" as const, clientMessageId: "x", conversationId: "c1", text: "hi" };
    chat.sendMessage(send);

    current().push({ type: "error", code: "temporarily-unavailable", ref: "x" });
    expect(heard).not.toContain("error");
    timers.fireAll();
    expect(current().sent.filter((frame) => frame.type === "send")).toEqual([send, send]);

    current().push({ type: "ack", ack: { clientMessageId: "x", conversationId: "c1", sequence: 1 } });
    current().push({ type: "error", code: "temporarily-unavailable", ref: "x" });
    timers.fireAll();
    expect(current().sent.filter((frame) => frame.type === "send")).toEqual([send, send]);
  });

  it("opens a new socket at once, without showing it, when the server closes one whose token expired", () => {
    const statuses: ChatStatus[] = [];
    chat.onStatus((status) => statuses.push(status));
    current().welcome();

    current().drop(4401);

    expect(sockets).toHaveLength(2);
    expect(statuses).not.toContain("reconnecting");
    current().drop(1006);
    expect(chat.status).toBe("reconnecting");
  });

  it("drops a connection that does not answer a ping, and reconnects", () => {
    current().welcome();

    timers.fireAll(); // the heartbeat: a ping
    expect(current().sent).toEqual([{ type: "ping" }]);
    timers.fireAll(); // no pong in time
    expect(sockets[0]!.closed).toBe(true);
    expect(chat.status).toBe("reconnecting");
    timers.fireAll();

    expect(sockets).toHaveLength(2);
  });

  it("passes every frame to the screens and ignores what is not a frame", () => {
    const seen: string[] = [];
    chat.onFrame((frame) => seen.push(frame.type));
    current().welcome();

    current().onmessage?.({ data: "not json" });
    current().push({ type: "no-such-frame" });
    current().push({ type: "typing", conversationId: "c1", userId: "ana" });

    expect(seen).toEqual(["welcome", "typing"]);
  });

  it("stays closed once stopped", () => {
    current().welcome();

    chat.stop();

    expect(current().closed).toBe(true);
    expect(chat.status).toBe("stopped");
    expect(timers.pending.size).toBe(0);
  });

  it("connects again when started after a stop (a component mounted twice)", () => {
    chat.stop();

    chat.start();
    current().welcome();

    expect(sockets).toHaveLength(2);
    expect(chat.status).toBe("online");
  });

  it("lives on the page's own origin", () => {
    expect(chatSocketUrl({ protocol: "https:", host: "fakebook.example" })).toBe("wss://fakebook.example/ws/chat");
    expect(chatSocketUrl({ protocol: "http:", host: "localhost:8080" })).toBe("ws://localhost:8080/ws/chat");
  });
});
