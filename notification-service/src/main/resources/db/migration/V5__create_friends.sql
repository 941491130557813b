-- Who is friends with whom (fakebook.friendship.v1): a pair is two rows, one per direction, so "the friends of X" is
-- one range of the primary key. FriendRequestAccepted adds the pair; FriendshipEnded, UserBlocked and AccountDeleted
-- remove it. Only a friend is told of someone's new avatar.
create table friends
(
    user_id   uuid not null,
    friend_id uuid not null,
    constraint friends_pk primary key (user_id, friend_id)
);

-- A deleted account's pairs are found from both sides.
create index friends_by_friend_idx on friends (friend_id);

-- A friend changed their avatar: one notification per recipient and friend (the subject is the friend), off by
-- default (notification_preferences holds the choice of those who switched it on).
alter table notifications drop constraint notifications_type_known;
alter table notifications add constraint notifications_type_known
    check (type in ('WELCOME', 'FRIEND_REQUEST_RECEIVED', 'FRIEND_REQUEST_ACCEPTED', 'NEW_MESSAGES',
                    'FRIEND_AVATAR_CHANGED'));
