import { dataOf, notificationApi } from "@/api/client";
import type { components } from "@/api/generated/notification-service";

export type Notification = components["schemas"]["NotificationView"];
export type NotificationType = NonNullable<Notification["type"]>;
export type Preferences = Record<string, boolean>;

export interface NotificationPage {
  items: Notification[];
  next?: string | undefined;
}

export async function fetchNotifications(cursor?: string): Promise<NotificationPage> {
  const data = dataOf(await notificationApi.GET("/api/notifications", { params: { query: { cursor, size: 20 } } }));
  return { items: data?.items ?? [], next: data?.next };
}

export async function fetchUnreadCount(): Promise<number> {
  return dataOf(await notificationApi.GET("/api/notifications/unread-count"))?.count ?? 0;
}

export async function markRead(notificationId: string): Promise<void> {
  await notificationApi.POST("/api/notifications/{notificationId}/read", { params: { path: { notificationId } } });
}

export async function markAllRead(): Promise<void> {
  await notificationApi.POST("/api/notifications/read-all");
}

export async function deleteNotification(notificationId: string): Promise<void> {
  await notificationApi.DELETE("/api/notifications/{notificationId}", { params: { path: { notificationId } } });
}

export async function fetchPreferences(): Promise<Preferences> {
  return dataOf(await notificationApi.GET("/api/notifications/preferences")) ?? {};
}

export async function savePreferences(changes: Preferences): Promise<Preferences> {
  // The service's OpenAPI document calls the body a JsonNode; it is a map of type name to on/off (its README).
  const body = changes as unknown as components["schemas"]["JsonNode"];
  return dataOf(await notificationApi.PUT("/api/notifications/preferences", { body })) ?? {};
}
