import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useNavigate } from "react-router";
import { ApiError, messageOf } from "@/api/problem";
import { Avatar } from "@/components/avatar";
import { Button } from "@/components/button";
import { SelectField, TextField } from "@/components/field";
import { Banner } from "@/components/states";
import { addMember, removeMember, renameGroup, setMuted } from "../api/chat-api";
import { CONVERSATIONS } from "../hooks/chat-context";
import type { Conversation } from "../model/frames";
import type { Candidate } from "./new-group-form";
import styles from "./messenger.module.css";

/** The friends one may add to a group, read page by page (given by the page: friends are another feature's). */
export interface FriendsSource {
  items: Candidate[];
  more?: ReactNode;
}

const MAX_NAME = 100;

/** A field's message: the server's for that field, else what the client checked. */
function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(field) : undefined;
}

/**
 * A group's details: rename it, add one of my friends, remove someone (its creator only), mute it, leave it. Each change
 * is the server's to accept: its problem is shown next to the field or the person it is about.
 */
export function GroupDetails({
  id: elementId,
  conversation,
  me,
  useFriends,
}: {
  id?: string;
  conversation: Conversation;
  me: string;
  useFriends: () => FriendsSource;
}) {
  const id = conversation.id ?? "";
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["chat", "conversation", id] }),
      queryClient.invalidateQueries({ queryKey: CONVERSATIONS }),
    ]);
  const creator = conversation.createdBy === me;
  const members = conversation.participants ?? [];

  return (
    <section id={elementId} className={styles.details} aria-label="Group details">
      <RenameForm conversationId={id} current={conversation.name ?? ""} onDone={refresh} />
      <div>
        <h3 className={styles.subtle}>Members ({members.length})</h3>
        <ul className={styles.conversations} aria-label="Members">
          {members.map((person) => (
            <MemberRow
              key={person.id}
              conversationId={id}
              person={person}
              me={me}
              isCreator={person.id === conversation.createdBy}
              canRemove={creator && person.id !== me}
              onDone={refresh}
            />
          ))}
        </ul>
      </div>
      <AddMemberForm conversationId={id} memberIds={members.map((person) => person.id ?? "")} useFriends={useFriends} onDone={refresh} />
      <MuteSetting conversationId={id} muted={conversation.muted ?? false} onDone={refresh} />
      <LeaveGroup conversationId={id} me={me} name={conversation.name ?? "the group"} />
    </section>
  );
}

function RenameForm({ conversationId, current, onDone }: { conversationId: string; current: string; onDone: () => Promise<unknown> }) {
  const [name, setName] = useState(current);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const rename = useMutation({
    mutationFn: () => renameGroup(conversationId, name.trim()),
    onSuccess: async () => {
      setSaved(true);
      await onDone();
    },
  });
  const local =
    name.trim() === "" ? "Give the group a name." : [...name.trim()].length > MAX_NAME ? `At most ${MAX_NAME} characters.` : undefined;
  const error = fieldError(rename.error, "name") ?? (tried ? local : undefined);
  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setSaved(false);
    if (!local) {
      rename.mutate();
    }
  }
  return (
    <form className={styles.inlineForm} onSubmit={submit} aria-label="Rename the group" noValidate>
      <TextField
        label="Group name"
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setSaved(false);
          rename.reset();
        }}
        error={error}
      />
      <Button type="submit" small disabled={rename.isPending}>
        {rename.isPending ? "Saving…" : "Rename"}
      </Button>
      {rename.isError && !fieldError(rename.error, "name") ? <Banner>{messageOf(rename.error)}</Banner> : null}
      {saved && !rename.isError ? (
        <span role="status" className={styles.subtle}>
          Renamed.
        </span>
      ) : null}
    </form>
  );
}

function MemberRow({
  conversationId,
  person,
  me,
  isCreator,
  canRemove,
  onDone,
}: {
  conversationId: string;
  person: Candidate;
  me: string;
  isCreator: boolean;
  canRemove: boolean;
  onDone: () => Promise<unknown>;
}) {
  const name = person.displayName ?? "Someone";
  const remove = useMutation({ mutationFn: () => removeMember(conversationId, person.id ?? ""), onSuccess: onDone });
  return (
    <li className={styles.memberRow}>
      <Avatar name={name} src={person.avatarUrl} size="small" />
      <span className={styles.memberName}>
        {name}
        {person.id === me ? " (you)" : ""}
        {isCreator ? <span className={styles.mark}>Creator</span> : null}
      </span>
      {canRemove ? (
        <Button variant="secondary" small onClick={() => remove.mutate()} disabled={remove.isPending} aria-label={`Remove ${name} from the group`}>
          Remove
        </Button>
      ) : null}
      {remove.isError ? (
        <span className={styles.failure} role="alert">
          {messageOf(remove.error)}
        </span>
      ) : null}
    </li>
  );
}

function AddMemberForm({
  conversationId,
  memberIds,
  useFriends,
  onDone,
}: {
  conversationId: string;
  memberIds: string[];
  useFriends: () => FriendsSource;
  onDone: () => Promise<unknown>;
}) {
  const friends = useFriends();
  const [chosen, setChosen] = useState("");
  const [tried, setTried] = useState(false);
  const add = useMutation({
    mutationFn: () => addMember(conversationId, chosen),
    onSuccess: async () => {
      setChosen("");
      setTried(false);
      await onDone();
    },
  });
  const candidates = friends.items.filter((friend) => friend.id && !memberIds.includes(friend.id));
  const error = fieldError(add.error, "userId") ?? (tried && chosen === "" ? "Choose a friend to add." : undefined);
  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (chosen !== "") {
      add.mutate();
    }
  }
  return (
    <form className={styles.inlineForm} onSubmit={submit} aria-label="Add a member" noValidate>
      <SelectField
        label="Add a friend"
        value={chosen}
        onChange={(event) => {
          setChosen(event.target.value);
          add.reset();
        }}
        error={error}
        hint={candidates.length === 0 ? "All your friends are in this group." : undefined}
      >
        <option value="">Choose a friend…</option>
        {candidates.map((friend) => (
          <option key={friend.id} value={friend.id}>
            {friend.displayName}
          </option>
        ))}
      </SelectField>
      <Button type="submit" small disabled={add.isPending}>
        {add.isPending ? "Adding…" : "Add"}
      </Button>
      {friends.more}
      {add.isError && !fieldError(add.error, "userId") ? <Banner>{messageOf(add.error)}</Banner> : null}
    </form>
  );
}

/** Whether I am notified of the group's new messages (muted: not; its unread count still shows). */
function MuteSetting({ conversationId, muted, onDone }: { conversationId: string; muted: boolean; onDone: () => Promise<unknown> }) {
  const id = useId();
  const toggle = useMutation({
    mutationFn: (mute: boolean) => setMuted(conversationId, mute),
    onSettled: onDone,
  });
  const shown = toggle.isPending ? (toggle.variables ?? muted) : muted;
  return (
    <div className={styles.muteSetting}>
      <input
        id={id}
        type="checkbox"
        checked={shown}
        disabled={toggle.isPending}
        aria-describedby={`${id}-hint`}
        onChange={(event) => toggle.mutate(event.target.checked)}
      />
      <label htmlFor={id}>Mute this group</label>
      <span id={`${id}-hint`} className={styles.subtle}>
        No notifications of its new messages; unread ones are still counted here.
      </span>
      {toggle.isError ? (
        <span className={styles.failure} role="alert">
          {messageOf(toggle.error)}
        </span>
      ) : null}
    </div>
  );
}

function LeaveGroup({ conversationId, me, name }: { conversationId: string; me: string; name: string }) {
  const [asking, setAsking] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const leave = useMutation({
    mutationFn: () => removeMember(conversationId, me),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ["chat", "conversation", conversationId] });
      await queryClient.invalidateQueries({ queryKey: CONVERSATIONS });
      navigate("/messages");
    },
  });
  if (!asking) {
    return (
      <div>
        <Button variant="danger" small onClick={() => setAsking(true)}>
          Leave group
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.inlineForm} role="group" aria-label="Leave the group">
      <span>Leave {name}? You won't get its messages any more.</span>
      <Button variant="danger" small onClick={() => leave.mutate()} disabled={leave.isPending}>
        {leave.isPending ? "Leaving…" : "Leave"}
      </Button>
      <Button variant="secondary" small onClick={() => setAsking(false)}>
        Cancel
      </Button>
      {leave.isError ? (
        <span className={styles.failure} role="alert">
          {messageOf(leave.error)}
        </span>
      ) : null}
    </div>
  );
}
