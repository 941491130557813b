import { useParams } from "react-router";
import { ShowMore } from "@/components/person-row";
import { useCurrentAccount } from "@/features/auth/hooks/use-current-account";
import { Messenger } from "@/features/chat/components/messenger";
import { NewGroupForm } from "@/features/chat/components/new-group-form";
import { fetchFriends } from "@/features/friends/api/friends-api";
import { usePagedList } from "@/features/friends/hooks/use-paged-list";

/** Chat (loaded when first opened): the conversations of the person logged in, and the one open. */
export default function MessagesPage() {
  const account = useCurrentAccount();
  const { conversationId } = useParams();
  return <Messenger me={account.data?.id ?? ""} conversationId={conversationId} />;
}

/** A new group: Messenger with the group form, offering the person's friends. */
export function NewGroupPage() {
  const account = useCurrentAccount();
  const friends = usePagedList(["friends", "mine"], fetchFriends);
  return (
    <Messenger
      me={account.data?.id ?? ""}
      pane={
        <NewGroupForm
          friends={friends.items.map((friend) => friend.person ?? {})}
          more={<ShowMore hasMore={friends.hasNextPage} loading={friends.isFetchingNextPage} onMore={() => friends.fetchNextPage()} />}
        />
      }
    />
  );
}
