-- The people friend-service knows: a read model of accounts (fakebook.account.v1) and of how each is shown and
-- who may see their friends (fakebook.profile.v1). Only someone in this table can be befriended, blocked or found.
create table people
(
    id                    uuid                     not null,
    display_name          text                     not null,
    avatar_url            text,
    friends_list_audience text                     not null default 'FRIENDS',
    registered_at         timestamp with time zone not null,
    constraint people_pk primary key (id),
    constraint people_friends_list_audience_known
        check (friends_list_audience in ('PUBLIC', 'FRIENDS_OF_FRIENDS', 'FRIENDS', 'ONLY_ME'))
);

-- Ids of deleted accounts, and nothing else about them: an event about one that arrives late (a profile update
-- published just before the deletion, on another topic) must not bring the person back.
create table erased_people
(
    id        uuid                     not null,
    erased_at timestamp with time zone not null,
    constraint erased_people_pk primary key (id)
);
