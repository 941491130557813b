import { useInfiniteQuery, useQueries } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { ShowMore } from "@/components/person-row";
import { messageOf } from "@/api/problem";
import { Button } from "@/components/button";
import { timeAgo } from "@/components/dates";
import { Empty, Failed, Loading } from "@/components/states";
import { fetchConversation, searchMessages } from "../api/chat-api";
import type { Conversation, Message } from "../model/frames";
import { useConversations } from "./conversation-list";
import { snippet } from "./reply-quote";
import styles from "./messenger.module.css";

/** As the server: 1 to 200 characters. */
const MAX_QUERY = 200;

/**
 * Search of my messages, across my conversations (the server's full-text search: all the words, or words starting
 * so), 20 results at a time and more on request (the server's cursor). While a search is shown it takes the list's
 * place; each result opens its conversation at that message.
 */
export function MessageSearch({ me, onSearching }: { me: string; onSearching: (searching: boolean) => void }) {
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  const [error, setError] = useState<string>();
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const q = text.trim();
    if (q === "") {
      setError("Type a word to look for.");
      return;
    }
    setError(undefined);
    setQuery(q);
    onSearching(true);
  }

  function clear() {
    setText("");
    setQuery("");
    setError(undefined);
    onSearching(false);
  }

  return (
    <>
      <form role="search" aria-label="Search messages" className={styles.search} onSubmit={submit} noValidate>
        <label htmlFor={id} className="visually-hidden">
          Search your messages
        </label>
        <input
          id={id}
          type="search"
          className={styles.searchInput}
          placeholder="Search messages"
          value={text}
          maxLength={MAX_QUERY}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            if (event.target.value === "" && query !== "") {
              clear();
            }
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape" && query !== "") {
              clear();
            }
          }}
        />
        <Button type="submit" small variant="secondary">
          Search
        </Button>
      </form>
      {error ? (
        <span id={`${id}-error`} className={`${styles.failure} ${styles.search}`} role="alert">
          {error}
        </span>
      ) : null}
      {query !== "" ? <SearchResults query={query} me={me} onClose={clear} /> : null}
    </>
  );
}

function SearchResults({ query, me, onClose }: { query: string; me: string; onClose: () => void }) {
  const results = useInfiniteQuery({
    queryKey: ["chat", "search", query],
    queryFn: ({ pageParam }) => searchMessages(query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next,
  });
  const found = results.data?.pages.flatMap((page) => page.items) ?? [];
  const conversationOf = useConversationsById(found);
  return (
    <section aria-label={`Messages matching ${query}`}>
      <div className={styles.listHeader}>
        <h2 className={styles.subtle}>Messages matching “{query}”</h2>
        <Button variant="ghost" small onClick={onClose}>
          Back to chats
        </Button>
      </div>
      {results.isPending ? (
        <Loading label="Searching your messages…" />
      ) : results.isError && !results.isFetchNextPageError ? (
        <Failed error={results.error} retry={() => results.refetch()} />
      ) : found.length === 0 ? (
        <Empty title="No messages found">
          <p>Try other words, or the start of a word.</p>
        </Empty>
      ) : (
        <>
          <ul className={styles.results} aria-label="Search results">
            {found.map((message) => {
              const conversation = conversationOf(message.conversationId);
              const sender =
                message.senderId === me
                  ? "You"
                  : (conversation?.participants?.find((person) => person.id === message.senderId)?.displayName ?? "Someone");
              return (
                <li key={message.id}>
                  <Link to={`/messages/${message.conversationId}?message=${message.sequence}`} className={styles.result}>
                    <span className={styles.conversationName}>{conversation?.name ?? "Conversation"}</span>
                    <span className={styles.resultText}>
                      {sender}: {snippet(message.text)}
                    </span>
                    <span className={styles.subtle}>{timeAgo(message.sentAt)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
          <ShowMore hasMore={results.hasNextPage} loading={results.isFetchingNextPage} onMore={() => void results.fetchNextPage()} />
          {results.isFetchNextPageError ? (
            <span className={styles.failure} role="alert">
              {messageOf(results.error)}
            </span>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The conversations of some messages: from the list when it holds them, else each read once. */
function useConversationsById(messages: readonly Message[]): (id: string | undefined) => Conversation | undefined {
  const list = useConversations();
  const listed = new Map(list.items.map((conversation) => [conversation.id, conversation]));
  const missing = [...new Set(messages.map((message) => message.conversationId ?? ""))].filter((id) => id && !listed.has(id));
  const fetched = useQueries({
    queries: missing.map((id) => ({ queryKey: ["chat", "conversation", id], queryFn: () => fetchConversation(id) })),
  });
  for (const result of fetched) {
    if (result.data?.id) {
      listed.set(result.data.id, result.data);
    }
  }
  return (id) => (id ? listed.get(id) : undefined);
}
