import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { messageOf } from "@/api/problem";
import { Avatar } from "@/components/avatar";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { timeAgo } from "@/components/dates";
import { ShowMore } from "@/components/person-row";
import { Banner, Empty, Failed, Loading } from "@/components/states";
import { deleteNotification, markAllRead, markRead, type Notification } from "../api/notifications-api";
import { NOTIFICATIONS, useFeed, useUnreadCount } from "../hooks/use-notifications";
import styles from "./notifications.module.css";

/** Where a notification leads: the requests, the (new) friend's profile, the conversation, one's own profile. */
export function targetOf(notification: Notification): string {
  switch (notification.type) {
    case "FRIEND_REQUEST_RECEIVED":
      return "/friends";
    case "FRIEND_REQUEST_ACCEPTED":
    case "FRIEND_AVATAR_CHANGED":
      return notification.actor?.id ? `/people/${notification.actor.id}` : "/friends/all";
    case "NEW_MESSAGES":
      return notification.subjectId ? `/messages/${notification.subjectId}` : "/messages";
    default:
      return "/profile";
  }
}

/** The feed: everything that concerns me, newest first, page by page; read, mark read, delete, follow. */
export function NotificationsPage() {
  const feed = useFeed();
  const unread = useUnreadCount();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const refresh = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS });
  const readOne = useMutation({ mutationFn: markRead, onSettled: refresh });
  const readAll = useMutation({ mutationFn: markAllRead, onSettled: refresh });
  const remove = useMutation({ mutationFn: deleteNotification, onSettled: refresh });
  const failed = readOne.error ?? readAll.error ?? remove.error;

  function open(notification: Notification) {
    if (!notification.read && notification.id) {
      readOne.mutate(notification.id);
    }
    navigate(targetOf(notification));
  }

  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Notifications</h1>
      <Card
        title={unread.data ? `${unread.data} unread` : "All caught up"}
        actions={
          <Button variant="secondary" small onClick={() => readAll.mutate()} disabled={readAll.isPending || !unread.data}>
            Mark all as read
          </Button>
        }
      >
        {failed ? <Banner>{messageOf(failed)}</Banner> : null}
        {feed.isPending ? (
          <Loading label="Loading your notifications…" />
        ) : feed.isError ? (
          <Failed error={feed.error} retry={() => feed.refetch()} />
        ) : feed.items.length === 0 ? (
          <Empty title="No notifications yet">
            <p>Friend requests, new friends and messages show up here.</p>
          </Empty>
        ) : (
          <ul className={styles.feed} aria-label="Notifications">
            {feed.items.map((notification) => {
              const name = notification.actor?.displayName ?? "Fakebook";
              return (
                <li key={notification.id} className={`${styles.item} ${notification.read ? "" : styles.unread}`}>
                  <button type="button" className={styles.open} onClick={() => open(notification)}>
                    <Avatar name={name} src={notification.actor?.avatarUrl} size="small" />
                    <span className={styles.text}>
                      <span>{notification.text}</span>
                      {notification.preview ? <span className={styles.preview}>“{notification.preview}”</span> : null}
                      <span className={styles.when}>
                        {timeAgo(notification.updatedAt ?? notification.createdAt)}
                        {notification.read ? "" : <span className="visually-hidden"> · unread</span>}
                      </span>
                    </span>
                    {notification.read ? null : <span className={styles.dot} aria-hidden="true" />}
                  </button>
                  <div className={styles.actions}>
                    {notification.read ? null : (
                      <Button
                        variant="ghost"
                        small
                        onClick={() => readOne.mutate(notification.id ?? "")}
                        disabled={readOne.isPending}
                        aria-label={`Mark as read: ${notification.text ?? ""}`}
                      >
                        Mark as read
                      </Button>
                    )}
                    <Button
                      variant="ghost"
                      small
                      onClick={() => remove.mutate(notification.id ?? "")}
                      disabled={remove.isPending}
                      aria-label={`Delete: ${notification.text ?? ""}`}
                    >
                      Delete
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        <ShowMore hasMore={feed.hasNextPage} loading={feed.isFetchingNextPage} onMore={() => feed.fetchNextPage()} />
      </Card>
    </div>
  );
}
