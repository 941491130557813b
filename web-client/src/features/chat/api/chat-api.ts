import { dataOf, messagingApi } from "@/api/client";
import type { Conversation, Message, Presence } from "../model/frames";

/** A page of conversations, latest activity first, and the cursor of the next. */
export interface ConversationPage {
  items: Conversation[];
  next?: string | undefined;
}

export async function fetchConversations(cursor?: string): Promise<ConversationPage> {
  const data = dataOf(await messagingApi.GET("/api/conversations", { params: { query: { cursor, size: 20 } } }));
  return { items: data?.items ?? [], next: data?.next };
}

export async function fetchConversation(conversationId: string): Promise<Conversation> {
  return dataOf(await messagingApi.GET("/api/conversations/{conversationId}", { params: { path: { conversationId } } }));
}

/** The direct conversation with a friend: the existing one, or a new one. */
export async function openDirect(userId: string): Promise<Conversation> {
  return dataOf(await messagingApi.POST("/api/conversations/direct", { body: { userId } }));
}

export async function createGroup(name: string, memberIds: string[]): Promise<Conversation> {
  return dataOf(await messagingApi.POST("/api/conversations/groups", { body: { name, memberIds } }));
}

/** A page of history: `before` a sequence number (none: the newest), newest first. */
export async function fetchHistory(
  conversationId: string,
  before?: number,
  limit = 30,
): Promise<{ items: Message[]; hasMore: boolean }> {
  const data = dataOf(
    await messagingApi.GET("/api/conversations/{conversationId}/messages", {
      params: { path: { conversationId }, query: { before, limit } },
    }),
  );
  return { items: data?.items ?? [], hasMore: data?.hasMore ?? false };
}

/** A page of what came after a sequence number, oldest first. */
export async function fetchNewer(
  conversationId: string,
  after: number,
  limit = 30,
): Promise<{ items: Message[]; hasMore: boolean }> {
  const data = dataOf(
    await messagingApi.GET("/api/conversations/{conversationId}/messages", {
      params: { path: { conversationId }, query: { after, limit } },
    }),
  );
  return { items: data?.items ?? [], hasMore: data?.hasMore ?? false };
}

/** One message as I may see it, or undefined when it is not there for me (deleted for me, before I joined). */
export async function fetchMessage(conversationId: string, sequence: number): Promise<Message | null> {
  const page = await fetchHistory(conversationId, sequence + 1, 1);
  return page.items.find((message) => message.sequence === sequence) ?? null;
}

/** Deletes a message for me only: the others still see it. */
export async function hideMessage(conversationId: string, sequence: number): Promise<void> {
  dataOf(
    await messagingApi.PUT("/api/conversations/{conversationId}/messages/{sequence}/hidden", {
      params: { path: { conversationId, sequence } },
    }),
  );
}

/** My messages with all these words (or words starting so), newest first. */
/** A page of my messages matching `q`, newest first, and the cursor of the next page. */
export async function searchMessages(q: string, cursor?: string, size = 20): Promise<{ items: Message[]; next?: string | undefined }> {
  const data = dataOf(await messagingApi.GET("/api/conversations/messages/search", { params: { query: { q, cursor, size } } }));
  return { items: data?.items ?? [], next: data?.next };
}

export async function renameGroup(conversationId: string, name: string): Promise<Conversation> {
  return dataOf(
    await messagingApi.PATCH("/api/conversations/{conversationId}", { params: { path: { conversationId } }, body: { name } }),
  );
}

export async function addMember(conversationId: string, userId: string): Promise<Conversation> {
  return dataOf(
    await messagingApi.POST("/api/conversations/{conversationId}/members", {
      params: { path: { conversationId } },
      body: { userId },
    }),
  );
}

/** Removes someone from a group (its creator), or leaves it (oneself). */
export async function removeMember(conversationId: string, userId: string): Promise<void> {
  dataOf(
    await messagingApi.DELETE("/api/conversations/{conversationId}/members/{userId}", {
      params: { path: { conversationId, userId } },
    }),
  );
}

export async function editMessage(conversationId: string, sequence: number, text: string): Promise<Message> {
  return dataOf(
    await messagingApi.PATCH("/api/conversations/{conversationId}/messages/{sequence}", {
      params: { path: { conversationId, sequence } },
      body: { text },
    }),
  );
}

export async function unsendMessage(conversationId: string, sequence: number): Promise<Message> {
  return dataOf(
    await messagingApi.DELETE("/api/conversations/{conversationId}/messages/{sequence}", {
      params: { path: { conversationId, sequence } },
    }),
  );
}

export async function react(conversationId: string, sequence: number, emoji: string): Promise<Message> {
  return dataOf(
    await messagingApi.PUT("/api/conversations/{conversationId}/messages/{sequence}/reaction", {
      params: { path: { conversationId, sequence } },
      body: { emoji },
    }),
  );
}

export async function removeReaction(conversationId: string, sequence: number): Promise<Message> {
  return dataOf(
    await messagingApi.DELETE("/api/conversations/{conversationId}/messages/{sequence}/reaction", {
      params: { path: { conversationId, sequence } },
    }),
  );
}

export async function setMuted(conversationId: string, muted: boolean): Promise<void> {
  const options = { params: { path: { conversationId } } };
  if (muted) {
    await messagingApi.PUT("/api/conversations/{conversationId}/mute", options);
  } else {
    await messagingApi.DELETE("/api/conversations/{conversationId}/mute", options);
  }
}

export async function fetchPresence(userIds: string[]): Promise<Presence[]> {
  if (userIds.length === 0) {
    return [];
  }
  return dataOf(await messagingApi.GET("/api/conversations/presence", { params: { query: { userIds } } })) ?? [];
}

export async function fetchChatSettings(): Promise<{ showPresence: boolean }> {
  return dataOf(await messagingApi.GET("/api/conversations/settings"));
}

export async function saveChatSettings(showPresence: boolean): Promise<{ showPresence: boolean }> {
  return dataOf(await messagingApi.PUT("/api/conversations/settings", { body: { showPresence } }));
}
