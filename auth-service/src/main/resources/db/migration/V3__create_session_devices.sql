-- What auth-service saw of each Keycloak session (the tokens' sid): the browser and address behind it, and when it
-- was last used. Keycloak says which sessions are alive; this table only describes them. Rows of ended sessions
-- are removed when noticed, and all of an account's rows when it is deleted.
create table session_devices
(
    session_id   text                     not null,
    account_id   uuid                     not null,
    user_agent   text                     not null,
    ip_address   text                     not null,
    first_seen   timestamp with time zone not null,
    last_seen    timestamp with time zone not null,
    constraint session_devices_pk primary key (session_id)
);

create index session_devices_by_account_idx on session_devices (account_id);
