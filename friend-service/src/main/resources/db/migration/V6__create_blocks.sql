-- Who blocked whom. A block hides each from the other; it is looked up in both directions.
create table blocks
(
    blocker_id uuid                     not null,
    blocked_id uuid                     not null,
    blocked_at timestamp with time zone not null,
    constraint blocks_pk primary key (blocker_id, blocked_id),
    constraint blocks_not_oneself check (blocker_id <> blocked_id),
    constraint blocks_blocker_fk foreign key (blocker_id) references people (id),
    constraint blocks_blocked_fk foreign key (blocked_id) references people (id)
);

create index blocks_by_blocked_idx on blocks (blocked_id, blocker_id);

-- Suggestions a person dismissed: not suggested to them again.
create table dismissed_suggestions
(
    user_id      uuid                     not null,
    dismissed_id uuid                     not null,
    dismissed_at timestamp with time zone not null,
    constraint dismissed_suggestions_pk primary key (user_id, dismissed_id),
    constraint dismissed_suggestions_user_fk foreign key (user_id) references people (id),
    constraint dismissed_suggestions_dismissed_fk foreign key (dismissed_id) references people (id)
);

create index dismissed_suggestions_by_dismissed_idx on dismissed_suggestions (dismissed_id);
