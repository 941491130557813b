-- The people notifications name: a read model of accounts (fakebook.account.v1) and of how each is shown
-- (fakebook.profile.v1), so that the feed never asks another service.
create table people
(
    id           uuid not null,
    display_name text not null,
    avatar_url   text,
    constraint people_pk primary key (id)
);

-- Ids of deleted accounts, and nothing else: a late profile event must not bring the person back.
create table erased_people
(
    id        uuid                     not null,
    erased_at timestamp with time zone not null,
    constraint erased_people_pk primary key (id)
);

-- Blocks (fakebook.friendship.v1): nothing new is notified between the two, either way.
create table blocks
(
    blocker_id uuid not null,
    blocked_id uuid not null,
    constraint blocks_pk primary key (blocker_id, blocked_id)
);

create index blocks_by_blocked_idx on blocks (blocked_id);
