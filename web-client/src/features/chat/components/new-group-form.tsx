import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import { Link, useNavigate } from "react-router";
import { ApiError, messageOf } from "@/api/problem";
import { Avatar } from "@/components/avatar";
import { Button } from "@/components/button";
import { TextField } from "@/components/field";
import { Banner, Empty } from "@/components/states";
import { createGroup } from "../api/chat-api";
import { CONVERSATIONS } from "../hooks/chat-context";
import styles from "./messenger.module.css";

export interface Candidate {
  id?: string | undefined;
  displayName?: string | undefined;
  avatarUrl?: string | undefined;
}

const MAX_NAME = 200;

/** A group from some of my friends: a name and at least one friend (up to 99 with me, as the service allows). */
export function NewGroupForm({ friends, more }: { friends: Candidate[]; more?: ReactNode }) {
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => createGroup(name.trim(), chosen),
    onSuccess: async (conversation) => {
      await queryClient.invalidateQueries({ queryKey: CONVERSATIONS });
      navigate(`/messages/${conversation.id}`);
    },
  });
  const nameError =
    (create.error instanceof ApiError ? create.error.fieldError("name") : undefined) ??
    (tried && name.trim() === "" ? "Give the group a name." : name.length > MAX_NAME ? `At most ${MAX_NAME} characters.` : undefined);
  const membersError =
    (create.error instanceof ApiError ? create.error.fieldError("memberIds") : undefined) ??
    (tried && chosen.length === 0 ? "Choose at least one friend." : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (name.trim() !== "" && name.length <= MAX_NAME && chosen.length > 0) {
      create.mutate();
    }
  }

  return (
    <form className={styles.newGroupForm} onSubmit={submit} aria-label="New group" noValidate>
      <div className={styles.listHeader}>
        <h2 className={styles.heading}>New group</h2>
        <Link to="/messages" className={styles.newGroup}>
          Cancel
        </Link>
      </div>
      {create.isError && !nameError && !membersError ? <Banner>{messageOf(create.error)}</Banner> : null}
      <TextField label="Group name" value={name} onChange={(event) => setName(event.target.value)} error={nameError} maxLength={MAX_NAME + 1} />
      <fieldset className={styles.members} aria-describedby={membersError ? "members-error" : undefined}>
        <legend className={styles.subtle}>Friends in the group ({chosen.length} chosen)</legend>
        {friends.length === 0 ? (
          <Empty title="No friends to add yet" />
        ) : (
          friends.map((friend) => (
            <label key={friend.id} className={styles.setting}>
              <input
                type="checkbox"
                checked={chosen.includes(friend.id ?? "")}
                onChange={(event) =>
                  setChosen((now) => (event.target.checked ? [...now, friend.id ?? ""] : now.filter((id) => id !== friend.id)))
                }
              />
              <Avatar name={friend.displayName ?? "?"} src={friend.avatarUrl} size="small" />
              {friend.displayName}
            </label>
          ))
        )}
        {more}
        {membersError ? (
          <span id="members-error" className={styles.failure} role="alert">
            {membersError}
          </span>
        ) : null}
      </fieldset>
      <div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create group"}
        </Button>
      </div>
    </form>
  );
}
