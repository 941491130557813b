import { useState, type FormEvent } from "react";
import { Link, NavLink, Outlet, useNavigate } from "react-router";
import { Avatar } from "@/components/avatar";
import { LogoutButton } from "@/features/auth/components/logout-button";
import { useConversations } from "@/features/chat/components/conversation-list";
import { ChatProvider } from "@/features/chat/hooks/chat-context";
import { Bell } from "@/features/notifications/components/bell";
import { useNotificationStream } from "@/features/notifications/hooks/use-notifications";
import { useMyProfile } from "@/features/profiles/hooks/use-my-profile";
import { Icon, type IconName } from "./icons";
import styles from "./shell.module.css";

interface NavItem {
  to: string;
  label: string;
  icon: IconName;
}

/** The sections of the app, in the navigation's order (the notifications are the header's bell). */
const NAVIGATION: NavItem[] = [
  { to: "/", label: "Home", icon: "home" },
  { to: "/profile", label: "Profile", icon: "profile" },
  { to: "/friends", label: "Friends", icon: "friends" },
  { to: "/messages", label: "Messages", icon: "messages" },
  { to: "/search", label: "Search", icon: "search" },
  { to: "/settings", label: "Settings", icon: "settings" },
];

/**
 * The frame of every screen of a logged-in person: header with search and the bell, navigation, the screen. It
 * holds the tab's one chat connection and its one notification stream, which every screen shares.
 */
export function Shell() {
  return (
    <ChatProvider>
      <Frame />
    </ChatProvider>
  );
}

/** How many conversations have unread messages (of the first page, latest first), for the navigation. */
function useUnreadConversations(): number {
  const conversations = useConversations();
  return conversations.items.filter((conversation) => (conversation.unreadCount ?? 0) > 0).length;
}

function Frame() {
  useNotificationStream();
  const unreadConversations = useUnreadConversations();
  const navigate = useNavigate();
  const profile = useMyProfile();
  const [query, setQuery] = useState("");
  const name = profile.data?.profile.displayName ?? "";

  function search(event: FormEvent) {
    event.preventDefault();
    navigate(`/search?q=${encodeURIComponent(query.trim())}`);
  }

  return (
    <>
      <a className={styles.skip} href="#main">
        Skip to content
      </a>
      <header className={styles.header}>
        <Link to="/" className={styles.logo} aria-label="Fakebook home">
          f
        </Link>
        <form role="search" className={styles.search} onSubmit={search}>
          <label htmlFor="header-search" className="visually-hidden">
            Search Fakebook
          </label>
          <input
            id="header-search"
            className={styles.searchInput}
            type="search"
            placeholder="Search Fakebook"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </form>
        <span className={styles.spacer} />
        <Bell />
        {name ? (
          <Link to="/profile" className={styles.me}>
            <Avatar name={name} src={profile.data?.profile.avatar?.small} size="small" />
            <span className={styles.meName}>{name}</span>
          </Link>
        ) : null}
        <LogoutButton variant="ghost" />
      </header>
      <div className={styles.layout}>
        <nav className={styles.nav} aria-label="Main">
          <ul className={styles.navList}>
            {NAVIGATION.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === "/"} className={styles.navLink}>
                  <span className={styles.iconBox}>
                    <Icon name={item.icon} className={styles.icon} />
                    {item.to === "/messages" && unreadConversations > 0 ? (
                      <span className={styles.navBadge} aria-hidden="true">
                        {unreadConversations}
                      </span>
                    ) : null}
                  </span>
                  {item.label}
                  {item.to === "/messages" && unreadConversations > 0 ? (
                    <span className="visually-hidden">, {unreadConversations} unread</span>
                  ) : null}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className={styles.main} tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </>
  );
}
