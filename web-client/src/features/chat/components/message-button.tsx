import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { messageOf } from "@/api/problem";
import { Button } from "@/components/button";
import { openDirect } from "../api/chat-api";
import { CONVERSATIONS } from "../hooks/chat-context";

/** "Message" on a friend's profile: opens our conversation (the existing one, or a new one). */
export function MessageButton({ userId, name }: { userId: string; name: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const open = useMutation({
    mutationFn: () => openDirect(userId),
    onSuccess: async (conversation) => {
      // A new conversation is in the list from now on.
      await queryClient.invalidateQueries({ queryKey: CONVERSATIONS });
      navigate(`/messages/${conversation.id}`);
    },
  });
  return (
    <>
      <Button onClick={() => open.mutate()} disabled={open.isPending} aria-label={`Message ${name}`}>
        Message
      </Button>
      {open.isError ? <span role="alert">{messageOf(open.error)}</span> : null}
    </>
  );
}
