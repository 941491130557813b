/** The part of an EventSource this class uses: the browser's, or a test's stand-in. */
export interface EventSourceLike {
  readonly readyState: number;
  onerror: ((event: unknown) => void) | null;
  addEventListener(type: string, listener: (event: { data: string }) => void): void;
  close(): void;
}

export interface StreamHandlers {
  /** The unread count as the server says it: shown as it is, never added to. */
  count: (count: number) => void;
  /** Something in the feed changed (made, changed, removed, all read, or a resume that could not be exact). */
  feedChanged: () => void;
}

export interface NotificationStreamOptions {
  url?: string;
  createSource?: (url: string) => EventSourceLike;
  /** How long to wait before opening a stream the browser gave up on (a 401 or an error page, not a drop). */
  reopenAfterMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

const CLOSED = 2;
const FEED_EVENTS = ["notification", "notification-removed", "notifications-read", "reset"] as const;

/**
 * A person's live notifications (docs/notification-stream.md) over one EventSource. After a dropped connection the
 * browser reconnects by itself with `Last-Event-ID` and the server replays exactly what was missed; only when the
 * browser gives up (the answer was not a stream) does this open a new one, a while later, and the feed is read again.
 */
export class NotificationStream {
  private readonly options: Required<NotificationStreamOptions>;
  private source: EventSourceLike | undefined;
  private timer: unknown;
  private stopped = false;

  constructor(
    private readonly handlers: StreamHandlers,
    options: NotificationStreamOptions = {},
  ) {
    this.options = {
      url: "/api/notifications/stream",
      createSource: (url) => new EventSource(url) as unknown as EventSourceLike,
      reopenAfterMs: 15_000,
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      ...options,
    };
  }

  start(): void {
    if (this.source || this.stopped) {
      return;
    }
    const source = this.options.createSource(this.options.url);
    this.source = source;
    source.addEventListener("unread-count", (event) => {
      const count = readCount(event.data);
      if (count !== undefined) {
        this.handlers.count(count);
      }
    });
    for (const name of FEED_EVENTS) {
      source.addEventListener(name, () => this.handlers.feedChanged());
    }
    source.onerror = () => {
      if (source.readyState === CLOSED && this.source === source) {
        this.source = undefined;
        this.timer = this.options.setTimer(() => {
          this.handlers.feedChanged();
          this.start();
        }, this.options.reopenAfterMs);
      }
    };
  }

  stop(): void {
    this.stopped = true;
    this.options.clearTimer(this.timer);
    this.source?.close();
    this.source = undefined;
  }
}

function readCount(data: string): number | undefined {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value === "object" && value !== null && "count" in value && typeof value.count === "number") {
      return value.count;
    }
  } catch {
    // Not JSON: ignored.
  }
  return undefined;
}
