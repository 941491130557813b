import { ButtonLink } from "@/components/button";
import { Card } from "@/components/card";
import { Suggestions } from "@/features/friends/components/friend-lists";
import { IncomingRequests } from "@/features/friends/components/request-lists";
import { useMyProfile } from "@/features/profiles/hooks/use-my-profile";
import styles from "./pages.module.css";

/**
 * Home: who is waiting for an answer and who one may know. The notifications feed (#8) and recent conversations
 * (#7) join this page when their APIs land.
 */
export function HomePage() {
  const me = useMyProfile();
  const firstName = me.data?.profile.displayName?.split(" ")[0];
  return (
    <div className={styles.page}>
      <Card>
        <h1 className={styles.greeting}>{firstName ? `Welcome, ${firstName}` : "Welcome"}</h1>
        <p className={styles.muted}>See your friend requests, find people you may know, and keep your profile up to date.</p>
        <p>
          <ButtonLink to="/profile" variant="secondary" small>
            Go to your profile
          </ButtonLink>
        </p>
      </Card>
      <IncomingRequests />
      <Suggestions limit={6} />
    </div>
  );
}
