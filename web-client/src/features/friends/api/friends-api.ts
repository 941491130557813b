import { dataOf, friendApi } from "@/api/client";
import type { components } from "@/api/generated/friend-service";

export type Person = components["schemas"]["PersonView"];
export type FriendRequest = components["schemas"]["FriendRequestView"];
export type Friend = components["schemas"]["FriendView"];
export type Block = components["schemas"]["BlockView"];
export type Suggestion = components["schemas"]["SuggestionView"];
export type Relationship = components["schemas"]["RelationshipStatus"];
export type RelationshipKind = NonNullable<Relationship["status"]>;

/** A page of a newest-first list and the cursor of the next, if any. */
export interface Page<T> {
  items: T[];
  next?: string | undefined;
}

function page<T>(data: { items?: T[]; next?: string } | undefined): Page<T> {
  return { items: data?.items ?? [], next: data?.next };
}

export async function fetchIncomingRequests(cursor?: string): Promise<Page<FriendRequest>> {
  return page(dataOf(await friendApi.GET("/api/friends/requests/incoming", { params: { query: { cursor } } })));
}

export async function fetchOutgoingRequests(cursor?: string): Promise<Page<FriendRequest>> {
  return page(dataOf(await friendApi.GET("/api/friends/requests/outgoing", { params: { query: { cursor } } })));
}

export async function fetchFriends(cursor?: string): Promise<Page<Friend>> {
  return page(dataOf(await friendApi.GET("/api/friends", { params: { query: { cursor } } })));
}

export async function fetchFriendsOf(userId: string, cursor?: string): Promise<Page<Friend>> {
  return page(
    dataOf(await friendApi.GET("/api/friends/people/{userId}/friends", { params: { path: { userId }, query: { cursor } } })),
  );
}

export async function fetchMutualFriends(userId: string, cursor?: string): Promise<Page<Friend>> {
  return page(
    dataOf(
      await friendApi.GET("/api/friends/people/{userId}/mutual-friends", { params: { path: { userId }, query: { cursor } } }),
    ),
  );
}

export async function fetchBlocks(cursor?: string): Promise<Page<Block>> {
  return page(dataOf(await friendApi.GET("/api/friends/blocks", { params: { query: { cursor } } })));
}

export async function fetchSuggestions(size = 20): Promise<Suggestion[]> {
  return dataOf(await friendApi.GET("/api/friends/suggestions", { params: { query: { size } } })) ?? [];
}

export async function fetchRelationship(userId: string): Promise<Relationship> {
  return dataOf(await friendApi.GET("/api/friends/people/{userId}/status", { params: { path: { userId } } }));
}

export async function sendFriendRequest(recipientId: string): Promise<void> {
  await friendApi.POST("/api/friends/requests", { body: { recipientId } });
}

export async function acceptRequest(requestId: string): Promise<void> {
  await friendApi.POST("/api/friends/requests/{requestId}/accept", { params: { path: { requestId } } });
}

export async function declineRequest(requestId: string): Promise<void> {
  await friendApi.POST("/api/friends/requests/{requestId}/decline", { params: { path: { requestId } } });
}

export async function cancelRequest(requestId: string): Promise<void> {
  await friendApi.DELETE("/api/friends/requests/{requestId}", { params: { path: { requestId } } });
}

export async function unfriend(userId: string): Promise<void> {
  await friendApi.DELETE("/api/friends/people/{userId}/friendship", { params: { path: { userId } } });
}

export async function block(userId: string): Promise<void> {
  await friendApi.PUT("/api/friends/blocks/{userId}", { params: { path: { userId } } });
}

export async function unblock(userId: string): Promise<void> {
  await friendApi.DELETE("/api/friends/blocks/{userId}", { params: { path: { userId } } });
}

export async function dismissSuggestion(userId: string): Promise<void> {
  await friendApi.DELETE("/api/friends/suggestions/{userId}", { params: { path: { userId } } });
}
