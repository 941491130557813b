-- What each person's live stream carries, numbered per person without gaps (streams.last_seq, taken under the row's
-- lock, so numbers follow commit order): a client resuming with Last-Event-ID gets exactly the events after it.
create table streams
(
    user_id  uuid   not null,
    last_seq bigint not null,
    constraint streams_pk primary key (user_id)
);

create table stream_events
(
    user_id     uuid                     not null,
    seq         bigint                   not null,
    event       text                     not null,
    data        text                     not null,
    appended_at timestamp with time zone not null,
    constraint stream_events_pk primary key (user_id, seq)
);

create index stream_events_by_appended_at_idx on stream_events (appended_at);
