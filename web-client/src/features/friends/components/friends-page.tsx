import { NavLink, Route, Routes } from "react-router";
import { BlockedPeople, AllFriends, Suggestions } from "./friend-lists";
import { IncomingRequests, OutgoingRequests } from "./request-lists";
import styles from "./friends-page.module.css";

const TABS = [
  { to: "/friends", label: "Requests" },
  { to: "/friends/all", label: "All friends" },
  { to: "/friends/suggestions", label: "Suggestions" },
  { to: "/friends/blocked", label: "Blocked" },
];

export function FriendsPage() {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Friends</h1>
      <nav aria-label="Friends">
        <ul className={styles.tabs}>
          {TABS.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end className={styles.tab}>
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route
          index
          element={
            <>
              <IncomingRequests />
              <OutgoingRequests />
            </>
          }
        />
        <Route path="all" element={<AllFriends />} />
        <Route path="suggestions" element={<Suggestions />} />
        <Route path="blocked" element={<BlockedPeople />} />
      </Routes>
    </div>
  );
}
