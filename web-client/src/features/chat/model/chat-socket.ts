import { parseFrame, type ClientFrame, type ServerFrame } from "./frames";

/**
 * `connecting` the first time, `online` once the server said welcome, `reconnecting` after a drop until it says
 * welcome again (the screen shows "Reconnecting…"), `stopped` when the page closed it.
 */
export type ChatStatus = "connecting" | "online" | "reconnecting" | "stopped";

/** The part of a WebSocket this class uses: the browser's, or a test's stand-in. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface ChatSocketOptions {
  url: string;
  createSocket?: (url: string) => SocketLike;
  /** Milliseconds to wait before reconnect attempt `attempt` (1, 2, ...). */
  backoff?: (attempt: number) => number;
  /** How often to check that the connection is alive (an app-level `ping`), and how long a `pong` may take. */
  heartbeatMs?: number;
  heartbeatTimeoutMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

const OPEN = 1;
/** The close code of a socket whose token expired (docs/chat-protocol.md). */
const TOKEN_EXPIRED = 4401;

function closeCodeOf(event: unknown): number | undefined {
  return typeof event === "object" && event !== null && "code" in event && typeof event.code === "number"
    ? event.code
    : undefined;
}

/** 0.5 s, 1 s, 2 s ... up to 15 s, each with up to a fifth more at random so that many tabs do not come back at once. */
export function defaultBackoff(attempt: number): number {
  const base = Math.min(15_000, 500 * 2 ** Math.max(0, attempt - 1));
  return base + Math.floor(Math.random() * base * 0.2);
}

type FrameListener = (frame: ServerFrame) => void;
type StatusListener = (status: ChatStatus) => void;

/**
 * The tab's one connection to /ws/chat, shared by every chat screen. It reconnects by itself after a drop, and after
 * every (re)connection it catches up: `sync` with the last sequence of each conversation a screen shows (and again
 * while the server says `hasMore`), and every send not yet acknowledged is sent again with its same client message
 * id, which the server answers with the first ack rather than a second message. Nothing lost, nothing twice.
 */
export class ChatSocket {
  private readonly options: Required<ChatSocketOptions>;
  private socket: SocketLike | undefined;
  private statusNow: ChatStatus = "connecting";
  private attempts = 0;
  private reconnectTimer: unknown;
  private heartbeatTimer: unknown;
  private pongTimer: unknown;
  private userIdNow: string | undefined;
  private readonly frameListeners = new Set<FrameListener>();
  private readonly statusListeners = new Set<StatusListener>();
  /** Conversations shown on some screen: id -> how to read the last sequence that screen holds. */
  private readonly tracked = new Map<string, () => number>();
  /** Sends not acknowledged yet, by client message id, in the order they were made. */
  private readonly unacknowledged = new Map<string, ClientFrame & { type: "send" }>();
  /** How many times the server was too busy for a send, by client message id. */
  private readonly retries = new Map<string, number>();

  constructor(options: ChatSocketOptions) {
    this.options = {
      createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
      backoff: defaultBackoff,
      heartbeatMs: 25_000,
      heartbeatTimeoutMs: 10_000,
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      ...options,
    };
  }

  get status(): ChatStatus {
    return this.statusNow;
  }

  /** Who the server says I am (from `welcome`), once connected. */
  get userId(): string | undefined {
    return this.userIdNow;
  }

  /** Connects (again, after `stop`: React mounts a component twice in development). */
  start(): void {
    if (this.socket) {
      return;
    }
    if (this.statusNow === "stopped") {
      this.attempts = 0;
      this.setStatus("connecting");
    }
    this.open();
  }

  stop(): void {
    this.setStatus("stopped");
    this.clearTimers();
    const socket = this.socket;
    this.socket = undefined;
    if (socket) {
      socket.onclose = null;
      socket.close(1000, "page closed");
    }
  }

  /** Closes the connection now and opens a new one (the browser says it is online again, say). */
  reconnectNow(): void {
    if (this.statusNow === "stopped") {
      return;
    }
    this.drop();
  }

  onFrame(listener: FrameListener): () => void {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  }

  onStatus(listener: StatusListener): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /**
   * Shows a conversation: from now on every (re)connection syncs it from `lastSequence()`; and at once, if online.
   * Returns the way to stop.
   */
  track(conversationId: string, lastSequence: () => number): () => void {
    this.tracked.set(conversationId, lastSequence);
    if (this.statusNow === "online") {
      this.sync([conversationId]);
    }
    return () => {
      if (this.tracked.get(conversationId) === lastSequence) {
        this.tracked.delete(conversationId);
      }
    };
  }

  /** Asks for what is missing after the last sequence held (a gap was seen). */
  sync(conversationIds: string[]): void {
    const conversations = conversationIds
      .filter((id) => this.tracked.has(id))
      .map((conversationId) => ({ conversationId, lastSequence: this.tracked.get(conversationId)?.() ?? 0 }));
    if (conversations.length > 0) {
      this.transmit({ type: "sync", conversations });
    }
  }

  /** Sends a message: now if online, else as soon as the connection is back; again after any drop until acked. */
  sendMessage(frame: ClientFrame & { type: "send" }): void {
    this.unacknowledged.set(frame.clientMessageId, frame);
    this.transmit(frame);
  }

  /** Forgets a send the server refused or the person gave up on. */
  forget(clientMessageId: string): void {
    this.unacknowledged.delete(clientMessageId);
  }

  /** Sends an ephemeral frame (read, typing...): dropped when offline, as it only matters now. */
  send(frame: ClientFrame): boolean {
    return this.transmit(frame);
  }

  private transmit(frame: ClientFrame): boolean {
    if (this.statusNow !== "online" || !this.socket || this.socket.readyState !== OPEN) {
      return false;
    }
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  private open(): void {
    const socket = this.options.createSocket(this.options.url);
    this.socket = socket;
    socket.onmessage = (event) => {
      const frame = parseFrame(event.data);
      if (frame) {
        this.receive(frame);
      }
    };
    socket.onclose = (event) => {
      if (this.socket === socket) {
        this.socket = undefined;
        if (closeCodeOf(event) === TOKEN_EXPIRED && this.statusNow === "online") {
          // The server closes a socket once the token it was opened with expires; a new one, through the gateway
          // with a fresh token, at once and unseen. A login that has ended is refused, and then it shows.
          this.clearTimers();
          this.open();
          return;
        }
        this.scheduleReconnect();
      }
    };
    socket.onerror = () => {
      // A close always follows an error; reconnecting is done there.
    };
  }

  private receive(frame: ServerFrame): void {
    this.alive();
    switch (frame.type) {
      case "welcome":
        this.userIdNow = frame.userId;
        this.attempts = 0;
        this.setStatus("online");
        this.catchUp();
        break;
      case "ack":
        this.unacknowledged.delete(frame.ack.clientMessageId ?? "");
        this.retries.delete(frame.ack.clientMessageId ?? "");
        break;
      case "error":
        if (frame.ref && frame.code === "temporarily-unavailable" && this.unacknowledged.has(frame.ref)) {
          // Nothing was stored: the send goes again, with its same client id, after a pause that grows.
          this.retryLater(frame.ref);
          return;
        }
        if (frame.ref) {
          this.unacknowledged.delete(frame.ref);
          this.retries.delete(frame.ref);
        }
        break;
      case "messages": {
        const last = frame.messages.at(-1)?.sequence;
        if (frame.hasMore && last !== undefined && this.tracked.has(frame.conversationId)) {
          this.transmit({ type: "sync", conversations: [{ conversationId: frame.conversationId, lastSequence: last }] });
        }
        break;
      }
      default:
        break;
    }
    for (const listener of [...this.frameListeners]) {
      listener(frame);
    }
  }

  /** A send the server was too busy to take goes again later; the screen keeps showing it as sending. */
  private retryLater(clientMessageId: string): void {
    const attempt = (this.retries.get(clientMessageId) ?? 0) + 1;
    this.retries.set(clientMessageId, attempt);
    this.options.setTimer(() => {
      const frame = this.unacknowledged.get(clientMessageId);
      if (frame && this.statusNow === "online") {
        this.transmit(frame);
      }
    }, this.options.backoff(attempt));
  }

  /** After welcome: what each shown conversation missed, then every send still waiting for its ack. */
  private catchUp(): void {
    this.sync([...this.tracked.keys()]);
    for (const frame of this.unacknowledged.values()) {
      this.transmit(frame);
    }
  }

  /** Any frame proves the connection alive: the next check is a heartbeat away. */
  private alive(): void {
    this.options.clearTimer(this.pongTimer);
    this.pongTimer = undefined;
    this.options.clearTimer(this.heartbeatTimer);
    this.heartbeatTimer = this.options.setTimer(() => this.checkAlive(), this.options.heartbeatMs);
  }

  /** Silence for a heartbeat: ping, and a connection that does not answer in time is dropped (a dead network). */
  private checkAlive(): void {
    if (!this.transmit({ type: "ping" })) {
      return;
    }
    this.pongTimer = this.options.setTimer(() => this.drop(), this.options.heartbeatTimeoutMs);
  }

  private drop(): void {
    const socket = this.socket;
    this.socket = undefined;
    if (socket) {
      socket.onclose = null;
      socket.onmessage = null;
      socket.close(4000, "no answer");
    }
    this.options.clearTimer(this.reconnectTimer);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.statusNow === "stopped") {
      return;
    }
    this.clearTimers();
    this.setStatus("reconnecting");
    this.attempts += 1;
    this.reconnectTimer = this.options.setTimer(() => {
      this.reconnectTimer = undefined;
      if (this.statusNow !== "stopped" && !this.socket) {
        this.open();
      }
    }, this.options.backoff(this.attempts));
  }

  private clearTimers(): void {
    this.options.clearTimer(this.reconnectTimer);
    this.options.clearTimer(this.heartbeatTimer);
    this.options.clearTimer(this.pongTimer);
    this.reconnectTimer = undefined;
    this.heartbeatTimer = undefined;
    this.pongTimer = undefined;
  }

  private setStatus(status: ChatStatus): void {
    if (this.statusNow === status) {
      return;
    }
    this.statusNow = status;
    for (const listener of [...this.statusListeners]) {
      listener(status);
    }
  }
}

/** The socket's address on the page's own origin (ws: or wss: as the page is http: or https:). */
export function chatSocketUrl(location: Pick<Location, "protocol" | "host"> = window.location): string {
  return `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}/ws/chat`;
}
