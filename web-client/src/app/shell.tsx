import { useState, type FormEvent } from "react";
import { Link, NavLink, Outlet, useNavigate } from "react-router";
import { Avatar } from "@/components/avatar";
import { LogoutButton } from "@/features/auth/components/logout-button";
import { useMyProfile } from "@/features/profiles/hooks/use-my-profile";
import { Icon, type IconName } from "./icons";
import styles from "./shell.module.css";

interface NavItem {
  to: string;
  label: string;
  icon: IconName;
}

/**
 * The sections of the app, in the navigation's order. Slots for the features whose APIs are still being built:
 *   - Messages (chat, issue #7): add { to: "/messages", label: "Messages", icon: ... } after Friends when
 *     /api/conversations and /ws/chat land.
 *   - Notifications (issue #8): add the bell with its live unread count to the header (beside the search field),
 *     and { to: "/notifications", ... } here, when /api/notifications lands.
 */
const NAVIGATION: NavItem[] = [
  { to: "/", label: "Home", icon: "home" },
  { to: "/profile", label: "Profile", icon: "profile" },
  { to: "/friends", label: "Friends", icon: "friends" },
  // #7 Messages goes here.
  // #8 Notifications goes here.
  { to: "/search", label: "Search", icon: "search" },
  { to: "/settings", label: "Settings", icon: "settings" },
];

/** The frame of every screen of a logged-in person: header with search, navigation, the screen. */
export function Shell() {
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
        {/* #8: the notification bell (live unread count) goes here. */}
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
                  <Icon name={item.icon} className={styles.icon} />
                  {item.label}
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
