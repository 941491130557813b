-- Friend requests still open: at most one per pair of people, whichever direction (the pair is stored sorted in
-- pair_low < pair_high, PostgreSQL's uuid order). A crossing request therefore cannot be inserted: the service
-- accepts the other one instead. A declined request stays (status DECLINED) so that its sender still sees it as
-- pending; accepting or cancelling deletes the row.
create table friend_requests
(
    id           uuid                     not null,
    sender_id    uuid                     not null,
    recipient_id uuid                     not null,
    pair_low     uuid                     not null,
    pair_high    uuid                     not null,
    status       text                     not null,
    sent_at      timestamp with time zone not null,
    declined_at  timestamp with time zone,
    version      bigint                   not null,
    constraint friend_requests_pk primary key (id),
    constraint friend_requests_one_per_pair unique (pair_low, pair_high),
    constraint friend_requests_not_to_oneself check (sender_id <> recipient_id),
    constraint friend_requests_pair_sorted check (pair_low = least(sender_id, recipient_id)
        and pair_high = greatest(sender_id, recipient_id)),
    constraint friend_requests_status_known check (status in ('PENDING', 'DECLINED')),
    constraint friend_requests_sender_fk foreign key (sender_id) references people (id),
    constraint friend_requests_recipient_fk foreign key (recipient_id) references people (id)
);

-- Incoming (only pending ones are shown) and outgoing lists, newest first; the outgoing count for the cap.
create index friend_requests_incoming_idx on friend_requests (recipient_id, sent_at desc, id desc) where status = 'PENDING';
create index friend_requests_outgoing_idx on friend_requests (sender_id, sent_at desc, id desc);
