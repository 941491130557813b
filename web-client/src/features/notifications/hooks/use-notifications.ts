import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { fetchNotifications, fetchUnreadCount } from "../api/notifications-api";
import { NotificationStream } from "../model/notification-stream";

export const NOTIFICATIONS = ["notifications"] as const;
export const FEED = ["notifications", "feed"] as const;
export const UNREAD_COUNT = ["notifications", "unread-count"] as const;

/** Opens the live stream while a person is logged in: it keeps the unread count and the feed current. */
export function useNotificationStream() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const stream = new NotificationStream({
      count: (count) => queryClient.setQueryData(UNREAD_COUNT, count),
      feedChanged: () => void queryClient.invalidateQueries({ queryKey: FEED }),
    });
    stream.start();
    return () => stream.stop();
  }, [queryClient]);
}

/** The badge's number: read once, then as the stream says it. */
export function useUnreadCount() {
  return useQuery({ queryKey: UNREAD_COUNT, queryFn: fetchUnreadCount, staleTime: Infinity });
}

export function useFeed() {
  const query = useInfiniteQuery({
    queryKey: FEED,
    queryFn: ({ pageParam }) => fetchNotifications(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}
