import type { components } from "@/api/generated/messaging-service";

/** A message as the API and the socket carry it (docs/chat-protocol.md). */
export type Message = components["schemas"]["MessageView"];
export type Ack = components["schemas"]["Ack"];
export type Conversation = components["schemas"]["ConversationView"];
export type Participant = components["schemas"]["PersonView"];
export type Presence = components["schemas"]["Status"];

/** What the client sends on /ws/chat. */
export type ClientFrame =
  | { type: "send"; clientMessageId: string; conversationId: string; text: string; replyTo?: number }
  | { type: "sync"; conversations: { conversationId: string; lastSequence: number }[] }
  | { type: "read"; conversationId: string; upToSequence: number }
  | { type: "delivered"; conversationId: string; upToSequence: number }
  | { type: "typing"; conversationId: string }
  | { type: "ping" };

/** What the server sends on /ws/chat; unknown types and fields are ignored. */
export type ServerFrame =
  | { type: "welcome"; userId: string; maxFrameChars: number }
  | { type: "ack"; ack: Ack }
  | { type: "message"; message: Message }
  | { type: "message-changed"; message: Message }
  | { type: "messages"; conversationId: string; messages: Message[]; hasMore: boolean }
  | { type: "read"; conversationId: string; userId: string; upToSequence: number }
  | { type: "delivered"; conversationId: string; userId: string; upToSequence: number }
  | { type: "typing"; conversationId: string; userId: string }
  | { type: "presence"; userId: string; online: boolean; lastActiveAt?: string }
  | { type: "conversation-changed"; conversationId: string }
  | { type: "pong" }
  | { type: "error"; code: string; message?: string; ref?: string; field?: string };

const KNOWN = new Set([
  "welcome",
  "ack",
  "message",
  "message-changed",
  "messages",
  "read",
  "delivered",
  "typing",
  "presence",
  "conversation-changed",
  "pong",
  "error",
]);

/** A text frame read as a server frame, or undefined for anything else (never thrown: the socket goes on). */
export function parseFrame(data: unknown): ServerFrame | undefined {
  if (typeof data !== "string") {
    return undefined;
  }
  try {
    const frame: unknown = JSON.parse(data);
    if (typeof frame === "object" && frame !== null && "type" in frame && KNOWN.has(String(frame.type))) {
      return frame as ServerFrame;
    }
  } catch {
    // Not JSON: ignored.
  }
  return undefined;
}
