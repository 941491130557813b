import type { ReactNode } from "react";
import { Link } from "react-router";
import { Avatar } from "./avatar";
import { Button } from "./button";
import { Failed, Loading } from "./states";
import styles from "./person-row.module.css";

export interface PersonLike {
  id?: string | undefined;
  displayName?: string | undefined;
  avatarUrl?: string | undefined;
}

/** One person in a list: picture and name (a link to their profile), a line about them, and what one can do. */
export function PersonRow({ person, detail, actions }: { person: PersonLike; detail?: ReactNode; actions?: ReactNode }) {
  const name = person.displayName ?? "Someone";
  return (
    <li className={styles.row}>
      <Link to={`/people/${person.id}`} className={styles.who}>
        <Avatar name={name} src={person.avatarUrl} />
        <span>
          <span className={styles.name}>{name}</span>
          {detail ? <span className={styles.detail}>{detail}</span> : null}
        </span>
      </Link>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </li>
  );
}

export function PeopleList({ children, label }: { children: ReactNode; label: string }) {
  return (
    <ul className={styles.list} aria-label={label}>
      {children}
    </ul>
  );
}

export function ShowMore({ hasMore, loading, onMore }: { hasMore: boolean; loading: boolean; onMore: () => void }) {
  if (!hasMore) {
    return null;
  }
  return (
    <div className={styles.more}>
      <Button variant="ghost" onClick={onMore} disabled={loading}>
        {loading ? "Loading…" : "Show more"}
      </Button>
    </div>
  );
}

/** What a list of people read page by page has to show: loading, failure, nobody, or the people and "Show more". */
export interface PagedPeopleQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  items: T[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

export function PagedPeople<T>({
  query,
  label,
  empty,
  children,
}: {
  query: PagedPeopleQuery<T>;
  label: string;
  /** Shown when the list is empty (or when it could not be read: `Failed` then). */
  empty: ReactNode;
  children: (item: T) => ReactNode;
}) {
  return (
    <>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <Failed error={query.error} retry={() => query.refetch()} />
      ) : query.items.length === 0 ? (
        empty
      ) : (
        <PeopleList label={label}>{query.items.map(children)}</PeopleList>
      )}
      <ShowMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onMore={() => query.fetchNextPage()} />
    </>
  );
}
