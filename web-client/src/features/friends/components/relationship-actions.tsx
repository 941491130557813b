import { useQuery } from "@tanstack/react-query";
import { messageOf } from "@/api/problem";
import { Button } from "@/components/button";
import { Banner } from "@/components/states";
import {
  acceptRequest,
  block,
  cancelRequest,
  declineRequest,
  fetchRelationship,
  sendFriendRequest,
  unblock,
  unfriend,
} from "../api/friends-api";
import { useFriendAction } from "../hooks/use-friend-actions";

/** What the caller can do with someone, by where the two stand: add, cancel, confirm, unfriend, block. */
export function RelationshipActions({ userId, name }: { userId: string; name: string }) {
  const relationship = useQuery({ queryKey: ["friends", "status", userId], queryFn: () => fetchRelationship(userId) });
  const add = useFriendAction(sendFriendRequest);
  const cancel = useFriendAction(cancelRequest);
  const accept = useFriendAction(acceptRequest);
  const decline = useFriendAction(declineRequest);
  const remove = useFriendAction(unfriend);
  const blockIt = useFriendAction(block);
  const unblockIt = useFriendAction(unblock);
  const actions = [add, cancel, accept, decline, remove, blockIt, unblockIt];
  const busy = relationship.isFetching || actions.some((action) => action.isPending);
  const failed = actions.find((action) => action.isError)?.error;
  const status = relationship.data?.status;
  const requestId = relationship.data?.requestId ?? "";

  if (relationship.isPending) {
    return null;
  }
  return (
    <>
      {failed ? <Banner>{messageOf(failed)}</Banner> : null}
      {status === "NONE" ? (
        <Button onClick={() => add.mutate(userId)} disabled={busy}>
          Add friend
        </Button>
      ) : null}
      {status === "REQUEST_SENT" ? (
        <Button variant="secondary" onClick={() => cancel.mutate(requestId)} disabled={busy}>
          Cancel request
        </Button>
      ) : null}
      {status === "REQUEST_RECEIVED" ? (
        <>
          <Button onClick={() => accept.mutate(requestId)} disabled={busy}>
            Confirm request
          </Button>
          <Button variant="secondary" onClick={() => decline.mutate(requestId)} disabled={busy}>
            Delete request
          </Button>
        </>
      ) : null}
      {status === "FRIENDS" ? (
        <Button variant="secondary" onClick={() => remove.mutate(userId)} disabled={busy}>
          Unfriend
        </Button>
      ) : null}
      {status === "BLOCKED" ? (
        <Button variant="secondary" onClick={() => unblockIt.mutate(userId)} disabled={busy}>
          Unblock
        </Button>
      ) : (
        <Button variant="ghost" onClick={() => blockIt.mutate(userId)} disabled={busy} aria-label={`Block ${name}`}>
          Block
        </Button>
      )}
      <span className="visually-hidden" role="status">
        {status === "FRIENDS" ? `You and ${name} are friends` : ""}
        {status === "REQUEST_SENT" ? "Friend request sent" : ""}
      </span>
    </>
  );
}
