import { messageOf } from "@/api/problem";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { timeAgo } from "@/components/dates";
import { PagedPeople, PersonRow } from "@/components/person-row";
import { Banner, Empty } from "@/components/states";
import {
  acceptRequest,
  cancelRequest,
  declineRequest,
  fetchIncomingRequests,
  fetchOutgoingRequests,
} from "../api/friends-api";
import { useFriendAction } from "../hooks/use-friend-actions";
import { usePagedList } from "../hooks/use-paged-list";

export const INCOMING = ["friends", "requests", "incoming"] as const;

export function IncomingRequests() {
  const list = usePagedList(INCOMING, fetchIncomingRequests);
  const accept = useFriendAction(acceptRequest);
  const decline = useFriendAction(declineRequest);
  const failed = accept.error ?? decline.error;
  return (
    <Card title="Friend requests">
      {failed ? <Banner>{messageOf(failed)}</Banner> : null}
      <PagedPeople
        query={list}
        label="Friend requests"
        empty={<Empty title="No friend requests">When someone asks to be your friend, it shows here.</Empty>}
      >
        {(request) => (
          <PersonRow
            key={request.id}
            person={request.person ?? {}}
            detail={`Sent ${timeAgo(request.sentAt)}`}
            actions={
              <>
                <Button small onClick={() => accept.mutate(request.id ?? "")} disabled={accept.isPending}>
                  Confirm
                </Button>
                <Button small variant="secondary" onClick={() => decline.mutate(request.id ?? "")} disabled={decline.isPending}>
                  Delete
                </Button>
              </>
            }
          />
        )}
      </PagedPeople>
    </Card>
  );
}

export function OutgoingRequests() {
  const list = usePagedList(["friends", "requests", "outgoing"], fetchOutgoingRequests);
  const cancel = useFriendAction(cancelRequest);
  return (
    <Card title="Sent requests">
      {cancel.isError ? <Banner>{messageOf(cancel.error)}</Banner> : null}
      <PagedPeople
        query={list}
        label="Sent requests"
        empty={<Empty title="No requests sent">Find people with the search, and ask them to be your friends.</Empty>}
      >
        {(request) => (
          <PersonRow
            key={request.id}
            person={request.person ?? {}}
            detail={`Sent ${timeAgo(request.sentAt)}`}
            actions={
              <Button small variant="secondary" onClick={() => cancel.mutate(request.id ?? "")} disabled={cancel.isPending}>
                Cancel request
              </Button>
            }
          />
        )}
      </PagedPeople>
    </Card>
  );
}
