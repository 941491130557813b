-- What friend-service says of who is whose friend and who blocked whom (fed by fakebook.friendship.v1), read
-- locally for every privacy decision and search. A friendship is stored both ways: (a, b) and (b, a).
create table friendships
(
    user_id   uuid not null,
    friend_id uuid not null,
    constraint friendships_pk primary key (user_id, friend_id)
);

create table blocks
(
    blocker_id uuid not null,
    blocked_id uuid not null,
    constraint blocks_pk primary key (blocker_id, blocked_id)
);

create index blocks_by_blocked_idx on blocks (blocked_id, blocker_id);
