import { beforeEach, describe, expect, it } from "vitest";
import { NotificationStream, type EventSourceLike } from "./notification-stream";

class FakeSource implements EventSourceLike {
  readyState = 1;
  onerror: ((event: unknown) => void) | null = null;
  closed = false;
  listeners = new Map<string, ((event: { data: string }) => void)[]>();

  addEventListener(type: string, listener: (event: { data: string }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close() {
    this.closed = true;
  }

  emit(type: string, data: unknown) {
    this.listeners.get(type)?.forEach((listener) => listener({ data: JSON.stringify(data) }));
  }

  fail(readyState: number) {
    this.readyState = readyState;
    this.onerror?.({});
  }
}

describe("the notification stream", () => {
  let sources: FakeSource[];
  let counts: number[];
  let feedChanges: number;
  let timers: (() => void)[];
  let stream: NotificationStream;

  beforeEach(() => {
    sources = [];
    counts = [];
    feedChanges = 0;
    timers = [];
    stream = new NotificationStream(
      { count: (count) => counts.push(count), feedChanged: () => (feedChanges += 1) },
      {
        createSource: () => {
          const source = new FakeSource();
          sources.push(source);
          return source;
        },
        setTimer: (callback) => timers.push(callback),
        clearTimer: () => {},
      },
    );
    stream.start();
  });

  it("shows the unread count as the server says it", () => {
    sources[0]!.emit("unread-count", { count: 2 });
    sources[0]!.emit("unread-count", { count: 3 });
    sources[0]!.emit("unread-count", "not a count");

    expect(counts).toEqual([2, 3]);
  });

  it("reads the feed again on every change to it", () => {
    for (const type of ["notification", "notification-removed", "notifications-read", "reset"]) {
      sources[0]!.emit(type, {});
    }

    expect(feedChanges).toBe(4);
  });

  it("leaves a dropped connection to the browser, which resumes from the last event id", () => {
    sources[0]!.fail(0); // CONNECTING: the browser reconnects by itself

    expect(timers).toHaveLength(0);
    expect(sources).toHaveLength(1);
  });

  it("opens a new stream a while after the browser gave up, and reads the feed again", () => {
    sources[0]!.fail(2); // CLOSED
    expect(sources).toHaveLength(1);

    timers[0]!();

    expect(sources).toHaveLength(2);
    expect(feedChanges).toBe(1);
  });

  it("closes when stopped", () => {
    stream.stop();

    expect(sources[0]!.closed).toBe(true);
  });
});
