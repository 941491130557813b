-- Each person's notifications. One row per recipient, type and subject (the friend request, the conversation, the
-- account for a welcome): a redelivered event upserts the same row, and a conversation's messages collapse into
-- one. The feed is read newest activity first (updated_at, then id).
create table notifications
(
    id                uuid                     not null,
    recipient_id      uuid                     not null,
    type              text                     not null,
    actor_id          uuid                     not null,
    subject_id        uuid                     not null,
    message_count     integer                  not null default 0,
    preview           text,
    conversation_name text,
    last_sequence     bigint,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    read_at           timestamp with time zone,
    constraint notifications_pk primary key (id),
    constraint notifications_one_per_subject unique (recipient_id, type, subject_id),
    constraint notifications_type_known
        check (type in ('WELCOME', 'FRIEND_REQUEST_RECEIVED', 'FRIEND_REQUEST_ACCEPTED', 'NEW_MESSAGES'))
);

create index notifications_feed_idx on notifications (recipient_id, updated_at desc, id desc);
create index notifications_unread_idx on notifications (recipient_id) where read_at is null;
create index notifications_by_actor_idx on notifications (actor_id);
create index notifications_by_updated_at_idx on notifications (updated_at);

-- The messages of a conversation a person was told of and has not read yet: a new-messages notification counts
-- them; ConversationRead removes those up to the sequence read.
create table unread_messages
(
    recipient_id    uuid                     not null,
    conversation_id uuid                     not null,
    sequence        bigint                   not null,
    received_at     timestamp with time zone not null,
    constraint unread_messages_pk primary key (recipient_id, conversation_id, sequence)
);

create index unread_messages_by_received_at_idx on unread_messages (received_at);

-- Types a person switched off (or on again); a type without a row is on.
create table notification_preferences
(
    user_id uuid    not null,
    type    text    not null,
    enabled boolean not null,
    constraint notification_preferences_pk primary key (user_id, type)
);
