-- People whose suggestion lists are to be computed again, drained by SuggestionRefresher off the request path.
-- A friendship that starts or ends queues the two people (priority 0, due at once) and marks outdated the lists of
-- the newest friends of each (priority 1, due 'when read': 9999-12-31), in which a mutual count changed: such a
-- list is queued when its owner next reads it. A block or unblock queues the two; a dismissal marks the list; a read
-- of a list older than fakebook.suggestions.max-age queues it. One row per person: queuing again keeps the earlier
-- due time and the higher priority, and bumps generation, so that a worker which computed the list from older
-- friendships does not delete a request that came in meanwhile. A worker claims rows by leasing them (leased_until,
-- taken with for update skip locked and committed at once), so any number of instances drain the queue together
-- and a crashed one's rows come back when the lease ends. No foreign key to people: queuing is on the path of every
-- accept, and the worker skips whoever is gone.
create table suggestion_refreshes
(
    user_id      uuid                     not null,
    priority     smallint                 not null,
    due_at       timestamp with time zone not null,
    generation   bigint                   not null default 0,
    leased_until timestamp with time zone,
    constraint suggestion_refreshes_pk primary key (user_id)
);

-- The worker's claim reads the rows due (a range of this index: never the lists only marked), then orders them by
-- priority.
create index suggestion_refreshes_due_idx on suggestion_refreshes (due_at);

-- The queue replaces the stale flag: a list is computed by the worker, not by the read that finds it outdated.
alter table suggestion_lists drop column stale;
