import { useInfiniteQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useSearchParams } from "react-router";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { TextField } from "@/components/field";
import { PeopleList, PersonRow, ShowMore } from "@/components/person-row";
import { Empty, Failed, Loading } from "@/components/states";
import { searchPeople, type PersonFound } from "../api/search-api";
import styles from "./search-page.module.css";

const RELATIONSHIPS: Record<NonNullable<PersonFound["relationship"]>, string> = {
  SELF: "You",
  FRIEND: "Friend",
  FRIEND_OF_FRIEND: "Friend of a friend",
  STRANGER: "",
  BLOCKED: "Blocked",
};

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get("q")?.trim() ?? "";
  const [draft, setDraft] = useState(q);
  const results = useInfiniteQuery({
    queryKey: ["search", q],
    queryFn: ({ pageParam }) => searchPeople(q, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next,
    enabled: q.length > 0,
  });
  const people = results.data?.pages.flatMap((page) => page.people) ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    setParams(draft.trim() ? { q: draft.trim() } : {});
  }

  return (
    <div className={styles.page}>
      <Card title="Find people">
        <form className={styles.form} onSubmit={submit} role="search">
          <TextField label="Name" name="q" type="search" value={draft} onChange={(event) => setDraft(event.target.value)} />
          <Button type="submit">Search</Button>
        </form>
      </Card>
      {q ? (
        <Card title={`Results for “${q}”`}>
          {results.isPending ? (
            <Loading label="Searching…" />
          ) : results.isError ? (
            <Failed error={results.error} retry={() => results.refetch()} />
          ) : people.length === 0 ? (
            <Empty title="Nobody found">Try another spelling, or part of the name.</Empty>
          ) : (
            <PeopleList label="People found">
              {people.map((person) => (
                <PersonRow
                  key={person.id}
                  person={{ id: person.id, displayName: person.displayName }}
                  detail={person.relationship ? RELATIONSHIPS[person.relationship] : undefined}
                />
              ))}
            </PeopleList>
          )}
          <ShowMore hasMore={results.hasNextPage} loading={results.isFetchingNextPage} onMore={() => results.fetchNextPage()} />
        </Card>
      ) : null}
    </div>
  );
}
