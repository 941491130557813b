import { Link } from "react-router";
import { messageOf } from "@/api/problem";
import { Avatar } from "@/components/avatar";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { timeAgo } from "@/components/dates";
import { PagedPeople, PersonRow } from "@/components/person-row";
import { Banner, Empty, Failed, Loading } from "@/components/states";
import {
  dismissSuggestion,
  fetchBlocks,
  fetchFriends,
  fetchSuggestions,
  sendFriendRequest,
  unblock,
  unfriend,
} from "../api/friends-api";
import { useFriendAction } from "../hooks/use-friend-actions";
import { usePagedList } from "../hooks/use-paged-list";
import { useQuery } from "@tanstack/react-query";
import styles from "./friends-page.module.css";

export function AllFriends() {
  const list = usePagedList(["friends", "mine"], fetchFriends);
  const remove = useFriendAction(unfriend);
  return (
    <Card title="All friends">
      {remove.isError ? <Banner>{messageOf(remove.error)}</Banner> : null}
      <PagedPeople
        query={list}
        label="Friends"
        empty={<Empty title="No friends yet">Look at the suggestions, or search for people you know.</Empty>}
      >
        {(friend) => (
          <PersonRow
            key={friend.person?.id}
            person={friend.person ?? {}}
            detail={`Friends since ${timeAgo(friend.since)}`}
            actions={
              <Button
                small
                variant="secondary"
                onClick={() => remove.mutate(friend.person?.id ?? "")}
                disabled={remove.isPending}
                aria-label={`Unfriend ${friend.person?.displayName ?? ""}`}
              >
                Unfriend
              </Button>
            }
          />
        )}
      </PagedPeople>
    </Card>
  );
}

export const SUGGESTIONS = ["friends", "suggestions"] as const;

/** People the caller may know, by friends in common, as tiles. */
export function Suggestions({ limit, title = "People you may know" }: { limit?: number; title?: string }) {
  const suggestions = useQuery({ queryKey: SUGGESTIONS, queryFn: () => fetchSuggestions(20) });
  const add = useFriendAction(sendFriendRequest);
  const dismiss = useFriendAction(dismissSuggestion);
  const shown = (suggestions.data ?? []).slice(0, limit);
  return (
    <Card title={title}>
      {add.isError ? <Banner>{messageOf(add.error)}</Banner> : null}
      {suggestions.isPending ? (
        <Loading />
      ) : suggestions.isError ? (
        <Failed error={suggestions.error} retry={() => suggestions.refetch()} />
      ) : shown.length === 0 ? (
        <Empty title="No suggestions right now">As you make friends, people you may know show up here.</Empty>
      ) : (
        <ul className={styles.grid} aria-label={title}>
          {shown.map((suggestion) => {
            const person = suggestion.person ?? {};
            const name = person.displayName ?? "Someone";
            const mutual = suggestion.mutualCount ?? 0;
            return (
              <li key={person.id} className={styles.tile}>
                <Avatar name={name} src={person.avatarUrl} size="large" />
                <Link to={`/people/${person.id}`} className={styles.tileName}>
                  {name}
                </Link>
                <span className={styles.muted}>
                  {mutual === 1 ? "1 mutual friend" : `${mutual} mutual friends`}
                  {suggestion.mutualFriends?.length
                    ? `: ${suggestion.mutualFriends
                        .slice(0, 2)
                        .map((friend) => friend.displayName)
                        .join(", ")}`
                    : ""}
                </span>
                <div className={styles.tileActions}>
                  <Button small onClick={() => add.mutate(person.id ?? "")} disabled={add.isPending} aria-label={`Add ${name} as a friend`}>
                    Add friend
                  </Button>
                  <Button small variant="secondary" onClick={() => dismiss.mutate(person.id ?? "")} disabled={dismiss.isPending} aria-label={`Remove ${name} from suggestions`}>
                    Remove
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

export function BlockedPeople() {
  const list = usePagedList(["friends", "blocks"], fetchBlocks);
  const lift = useFriendAction(unblock);
  return (
    <Card title="Blocked">
      {lift.isError ? <Banner>{messageOf(lift.error)}</Banner> : null}
      <PagedPeople
        query={list}
        label="Blocked people"
        empty={<Empty title="You haven't blocked anyone">Someone you block can't see your profile or find you.</Empty>}
      >
        {(blocked) => (
          <PersonRow
            key={blocked.person?.id}
            person={blocked.person ?? {}}
            detail={`Blocked ${timeAgo(blocked.blockedAt)}`}
            actions={
              <Button small variant="secondary" onClick={() => lift.mutate(blocked.person?.id ?? "")} disabled={lift.isPending}>
                Unblock
              </Button>
            }
          />
        )}
      </PagedPeople>
    </Card>
  );
}
