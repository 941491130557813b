-- Each person's suggestions, computed off the hot path and read with one index range: the best 50 candidates,
-- with their mutual count, newest path and three mutual friends. A list is computed again when it is read while
-- stale (the person's own friendships changed) or older than fakebook.suggestions.max-age; whoever became a
-- friend, got a request, a block or a dismissal since is filtered out when the list is read, and so is a candidate
-- no longer in people (no foreign key: a list being computed must not fail on a deletion applied meanwhile).
create table suggestion_lists
(
    user_id     uuid                     not null,
    computed_at timestamp with time zone not null,
    stale       boolean                  not null default false,
    constraint suggestion_lists_pk primary key (user_id),
    constraint suggestion_lists_user_fk foreign key (user_id) references people (id) on delete cascade
);

create table suggestion_candidates
(
    user_id      uuid                     not null,
    candidate_id uuid                     not null,
    mutual_count integer                  not null,
    newest_path  timestamp with time zone not null,
    mutual_ids   uuid[]                   not null,
    constraint suggestion_candidates_pk primary key (user_id, candidate_id),
    constraint suggestion_candidates_list_fk foreign key (user_id) references suggestion_lists (user_id)
        on delete cascade
);

create index suggestion_candidates_ranked_idx
    on suggestion_candidates (user_id, mutual_count desc, newest_path desc, candidate_id);
create index suggestion_candidates_by_candidate_idx on suggestion_candidates (candidate_id);
