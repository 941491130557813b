-- Conversations: a direct one between two people (one per pair: direct_pair is the sorted pair of ids), or a
-- group. last_sequence is the number of the newest message; a send takes the row's lock to add one to it, so the
-- numbers of a conversation are gapless and in commit order.
create table conversations
(
    id               uuid                     not null,
    kind             text                     not null,
    name             text,
    direct_pair      text,
    created_by       uuid                     not null,
    created_at       timestamp with time zone not null,
    last_sequence    bigint                   not null default 0,
    last_activity_at timestamp with time zone not null,
    constraint conversations_pk primary key (id),
    constraint conversations_kind_known check (kind in ('DIRECT', 'GROUP')),
    constraint conversations_direct_has_pair check ((kind = 'DIRECT') = (direct_pair is not null)),
    constraint conversations_group_has_name check (kind = 'DIRECT' or name is not null),
    constraint conversations_direct_pair_unique unique (direct_pair)
);

-- Who is in a conversation, and how far each has read. visible_from is the first message number a member may
-- see (a member added to a group sees what comes after).
create table conversation_members
(
    conversation_id        uuid                     not null,
    user_id                uuid                     not null,
    joined_at              timestamp with time zone not null,
    visible_from           bigint                   not null default 1,
    last_read_sequence     bigint                   not null default 0,
    last_delivered_sequence bigint                  not null default 0,
    muted                  boolean                  not null default false,
    constraint conversation_members_pk primary key (conversation_id, user_id),
    constraint conversation_members_conversation_fk foreign key (conversation_id) references conversations (id)
        on delete cascade
);

-- A person's conversations (the list is then ordered by the conversations' last activity).
create index conversation_members_by_user_idx on conversation_members (user_id, conversation_id);

-- Messages. body is null once unsent (for everyone) or erased (the sender's account was deleted). A sender's
-- client id makes a resend find the message it already stored instead of storing it twice.
create table messages
(
    id                uuid                     not null,
    conversation_id   uuid                     not null,
    sequence          bigint                   not null,
    sender_id         uuid                     not null,
    client_message_id text                     not null,
    body              text,
    reply_to          bigint,
    sent_at           timestamp with time zone not null,
    edited_at         timestamp with time zone,
    unsent            boolean                  not null default false,
    search_vector     tsvector generated always as (to_tsvector('simple', coalesce(body, ''))) stored,
    constraint messages_pk primary key (id),
    constraint messages_conversation_fk foreign key (conversation_id) references conversations (id)
        on delete cascade,
    constraint messages_sequence_unique unique (conversation_id, sequence),
    constraint messages_client_id_unique unique (conversation_id, sender_id, client_message_id)
);

create index messages_search_idx on messages using gin (search_vector);
create index messages_by_sender_idx on messages (sender_id);

-- Messages a member deleted for themselves only.
create table hidden_messages
(
    message_id uuid not null,
    user_id    uuid not null,
    constraint hidden_messages_pk primary key (message_id, user_id),
    constraint hidden_messages_message_fk foreign key (message_id) references messages (id) on delete cascade
);

-- One reaction per person per message (a new one replaces it).
create table reactions
(
    message_id uuid                     not null,
    user_id    uuid                     not null,
    emoji      text                     not null,
    reacted_at timestamp with time zone not null,
    constraint reactions_pk primary key (message_id, user_id),
    constraint reactions_message_fk foreign key (message_id) references messages (id) on delete cascade
);

-- Chat settings of a person: whether friends see them online.
create table chat_settings
(
    user_id       uuid    not null,
    show_presence boolean not null default true,
    constraint chat_settings_pk primary key (user_id)
);
