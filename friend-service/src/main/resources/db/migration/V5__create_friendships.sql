-- Friendships, stored in both directions (a row for each person) so that "the friends of X" is one index range
-- and a friend-of-friend walk is two. The primary key makes a pair friends once per direction; the self-reference
-- (checked at commit) makes every row have its mirror, and deleting one direction deletes the other.
create table friendships
(
    user_id   uuid                     not null,
    friend_id uuid                     not null,
    since     timestamp with time zone not null,
    constraint friendships_pk primary key (user_id, friend_id) include (since),
    constraint friendships_not_with_oneself check (user_id <> friend_id),
    constraint friendships_mirrored foreign key (friend_id, user_id) references friendships (user_id, friend_id)
        on delete cascade deferrable initially deferred,
    constraint friendships_user_fk foreign key (user_id) references people (id)
);

-- A person's friends newest first (the friends list and its cursor).
create index friendships_by_recency_idx on friendships (user_id, since desc, friend_id desc);
