-- Events this service has consumed, by CloudEvents id: a redelivered event finds its id here and is skipped.
-- Inserted in the same transaction as the change the event causes.
create table processed_events
(
    event_id     uuid                     not null,
    event_type   text                     not null,
    processed_at timestamp with time zone not null default now(),
    constraint processed_events_pk primary key (event_id)
);

create index processed_events_by_processed_at_idx on processed_events (processed_at);
