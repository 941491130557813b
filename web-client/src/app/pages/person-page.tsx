import { useQuery } from "@tanstack/react-query";
import { Navigate, useParams } from "react-router";
import { ApiError } from "@/api/problem";
import { Empty, Failed, Loading } from "@/components/states";
import { MessageButton } from "@/features/chat/components/message-button";
import { fetchRelationship } from "@/features/friends/api/friends-api";
import { FriendsOf, MutualFriends } from "@/features/friends/components/people-of";
import { RelationshipActions } from "@/features/friends/components/relationship-actions";
import { fetchProfile } from "@/features/profiles/api/profiles-api";
import { ProfileCard } from "@/features/profiles/components/profile-card";
import { useMyProfile } from "@/features/profiles/hooks/use-my-profile";
import styles from "./pages.module.css";

/** Someone's profile, as their settings let the caller see it, and what the caller can do with them. */
export function PersonPage() {
  const { userId = "" } = useParams();
  const me = useMyProfile();
  const profile = useQuery({ queryKey: ["profiles", "person", userId], queryFn: () => fetchProfile(userId) });
  // The same query as the relationship's buttons: friends can message each other.
  const relationship = useQuery({ queryKey: ["friends", "status", userId], queryFn: () => fetchRelationship(userId) });
  if (me.data?.profile.id === userId) {
    return <Navigate to="/profile" replace />;
  }
  if (profile.isPending) {
    return <Loading />;
  }
  if (profile.error instanceof ApiError && profile.error.status === 404) {
    return <Empty title="This profile isn't available">The link may be broken, or the profile may have been removed.</Empty>;
  }
  if (profile.isError) {
    return <Failed error={profile.error} retry={() => profile.refetch()} />;
  }
  const name = profile.data.displayName ?? "";
  return (
    <div className={styles.page}>
      <ProfileCard
        profile={profile.data}
        actions={
          <>
            {relationship.data?.status === "FRIENDS" ? <MessageButton userId={userId} name={name} /> : null}
            <RelationshipActions userId={userId} name={name} />
          </>
        }
      />
      <div className={styles.columns}>
        <FriendsOf userId={userId} name={name} />
        <MutualFriends userId={userId} />
      </div>
    </div>
  );
}
