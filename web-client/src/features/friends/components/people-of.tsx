import { ApiError } from "@/api/problem";
import { Card } from "@/components/card";
import { PeopleList, PersonRow, ShowMore } from "@/components/person-row";
import { Empty, Failed, Loading } from "@/components/states";
import { fetchFriendsOf, fetchMutualFriends } from "../api/friends-api";
import { usePagedList } from "../hooks/use-paged-list";

/** Someone's friends, if their settings let the caller see them, and the friends the two have in common. */
export function FriendsOf({ userId, name }: { userId: string; name: string }) {
  const friends = usePagedList(["friends", "of", userId], (cursor) => fetchFriendsOf(userId, cursor));
  const hidden = friends.error instanceof ApiError && friends.error.status === 404;
  return (
    <Card title="Friends">
      {friends.isPending ? (
        <Loading />
      ) : hidden ? (
        <Empty title={`${name} keeps their friends list private`} />
      ) : friends.isError ? (
        <Failed error={friends.error} retry={() => friends.refetch()} />
      ) : friends.items.length === 0 ? (
        <Empty title="No friends to show" />
      ) : (
        <PeopleList label={`${name}'s friends`}>
          {friends.items.map((friend) => (
            <PersonRow key={friend.person?.id} person={friend.person ?? {}} />
          ))}
        </PeopleList>
      )}
      <ShowMore hasMore={friends.hasNextPage} loading={friends.isFetchingNextPage} onMore={() => friends.fetchNextPage()} />
    </Card>
  );
}

export function MutualFriends({ userId }: { userId: string }) {
  const mutual = usePagedList(["friends", "mutual", userId], (cursor) => fetchMutualFriends(userId, cursor));
  return (
    <Card title="Mutual friends">
      {mutual.isPending ? (
        <Loading />
      ) : mutual.isError ? (
        <Failed error={mutual.error} retry={() => mutual.refetch()} />
      ) : mutual.items.length === 0 ? (
        <Empty title="No mutual friends" />
      ) : (
        <PeopleList label="Mutual friends">
          {mutual.items.map((friend) => (
            <PersonRow key={friend.person?.id} person={friend.person ?? {}} />
          ))}
        </PeopleList>
      )}
      <ShowMore hasMore={mutual.hasNextPage} loading={mutual.isFetchingNextPage} onMore={() => mutual.fetchNextPage()} />
    </Card>
  );
}
