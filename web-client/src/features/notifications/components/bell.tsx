import { NavLink } from "react-router";
import { useUnreadCount } from "../hooks/use-notifications";
import styles from "./notifications.module.css";

const BELL =
  "M12 22a2.5 2.5 0 0 0 2.5-2.5h-5A2.5 2.5 0 0 0 12 22m7-6V11a7 7 0 0 0-5.5-6.8V3.5a1.5 1.5 0 0 0-3 0v.7A7 7 0 0 0 5 11v5l-2 2v1h18v-1z";

/** The header's bell: the live number of unread notifications, and the way to the feed. */
export function Bell() {
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  return (
    <NavLink
      to="/notifications"
      className={styles.bell}
      aria-label={count > 0 ? `Notifications, ${count} unread` : "Notifications"}
    >
      <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false" className={styles.bellIcon}>
        <path d={BELL} />
      </svg>
      {count > 0 ? (
        <span className={styles.count} aria-hidden="true" data-testid="unread-count">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </NavLink>
  );
}
