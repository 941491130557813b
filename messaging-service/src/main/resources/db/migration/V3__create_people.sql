-- The people messaging-service knows: a read model of accounts (fakebook.account.v1) and of how each is shown
-- (fakebook.profile.v1), so conversation lists carry names and avatars without asking another service.
create table people
(
    id           uuid not null,
    display_name text not null,
    avatar_url   text,
    constraint people_pk primary key (id)
);

-- Ids of deleted accounts: an event about one that arrives late must not bring the person back.
create table erased_people
(
    id        uuid                     not null,
    erased_at timestamp with time zone not null,
    constraint erased_people_pk primary key (id)
);

-- Friendships and blocks as friend-service publishes them (fakebook.friendship.v1): who may chat with whom.
-- Friendships are stored in both directions, so "is B a friend of A" and "A's friends" are one index lookup.
create table friendships
(
    user_id   uuid not null,
    friend_id uuid not null,
    constraint friendships_pk primary key (user_id, friend_id),
    constraint friendships_not_with_oneself check (user_id <> friend_id)
);

create table blocks
(
    blocker_id uuid not null,
    blocked_id uuid not null,
    constraint blocks_pk primary key (blocker_id, blocked_id),
    constraint blocks_not_oneself check (blocker_id <> blocked_id)
);

create index blocks_by_blocked_idx on blocks (blocked_id, blocker_id);
