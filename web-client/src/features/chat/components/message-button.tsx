import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { messageOf } from "@/api/problem";
import { Button } from "@/components/button";
import { openDirect } from "../api/chat-api";

/** "Message" on a friend's profile: opens our conversation (the existing one, or a new one). */
export function MessageButton({ userId, name }: { userId: string; name: string }) {
  const navigate = useNavigate();
  const open = useMutation({
    mutationFn: () => openDirect(userId),
    onSuccess: (conversation) => navigate(`/messages/${conversation.id}`),
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
