import { useParams, useSearchParams } from "react-router";
import { ShowMore } from "@/components/person-row";
import { useCurrentAccount } from "@/features/auth/hooks/use-current-account";
import type { FriendsSource } from "@/features/chat/components/group-details";
import { Messenger } from "@/features/chat/components/messenger";
import { NewGroupForm } from "@/features/chat/components/new-group-form";
import { fetchFriends } from "@/features/friends/api/friends-api";
import { usePagedList } from "@/features/friends/hooks/use-paged-list";

/** My friends, page by page, as chat offers them for a group. */
function useMyFriends(): FriendsSource {
  const friends = usePagedList(["friends", "mine"], fetchFriends);
  return {
    items: friends.items.map((friend) => friend.person ?? {}),
    more: <ShowMore hasMore={friends.hasNextPage} loading={friends.isFetchingNextPage} onMore={() => friends.fetchNextPage()} />,
  };
}

/** Chat (loaded when first opened): the conversations of the person logged in, and the one open (at a message). */
export default function MessagesPage() {
  const account = useCurrentAccount();
  const { conversationId } = useParams();
  const [params] = useSearchParams();
  const at = Number(params.get("message"));
  return (
    <Messenger
      me={account.data?.id ?? ""}
      conversationId={conversationId}
      focus={Number.isInteger(at) && at > 0 ? at : undefined}
      useFriends={useMyFriends}
    />
  );
}

/** A new group: Messenger with the group form, offering the person's friends. */
export function NewGroupPage() {
  const account = useCurrentAccount();
  const friends = useMyFriends();
  return <Messenger me={account.data?.id ?? ""} pane={<NewGroupForm friends={friends.items} more={friends.more} />} />;
}
