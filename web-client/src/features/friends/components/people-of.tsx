import { ApiError } from "@/api/problem";
import { Card } from "@/components/card";
import { PagedPeople, PersonRow } from "@/components/person-row";
import { Empty } from "@/components/states";
import { fetchFriendsOf, fetchMutualFriends } from "../api/friends-api";
import { usePagedList } from "../hooks/use-paged-list";

/** Someone's friends, if their settings let the caller see them, and the friends the two have in common. */
export function FriendsOf({ userId, name }: { userId: string; name: string }) {
  const friends = usePagedList(["friends", "of", userId], (cursor) => fetchFriendsOf(userId, cursor));
  const hidden = friends.error instanceof ApiError && friends.error.status === 404;
  return (
    <Card title="Friends">
      {hidden ? (
        <Empty title={`${name} keeps their friends list private`} />
      ) : (
        <PagedPeople query={friends} label={`${name}'s friends`} empty={<Empty title="No friends to show" />}>
          {(friend) => <PersonRow key={friend.person?.id} person={friend.person ?? {}} />}
        </PagedPeople>
      )}
    </Card>
  );
}

export function MutualFriends({ userId }: { userId: string }) {
  const mutual = usePagedList(["friends", "mutual", userId], (cursor) => fetchMutualFriends(userId, cursor));
  return (
    <Card title="Mutual friends">
      <PagedPeople query={mutual} label="Mutual friends" empty={<Empty title="No mutual friends" />}>
        {(friend) => <PersonRow key={friend.person?.id} person={friend.person ?? {}} />}
      </PagedPeople>
    </Card>
  );
}
