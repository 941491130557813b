-- Accounts: id = the Keycloak user's id (the tokens' sub). A deleted account stays as a tombstone only until its
-- Keycloak user is gone; its address may sign up again meanwhile, hence the partial unique index.
create table accounts
(
    id          uuid                     not null,
    email       text                     not null,
    status      text                     not null,
    created_at  timestamp with time zone not null,
    verified_at timestamp with time zone,
    deleted_at  timestamp with time zone,
    version     bigint                   not null,
    constraint accounts_pk primary key (id),
    constraint accounts_status_ck check (status in ('PENDING_VERIFICATION', 'ACTIVE', 'DELETED'))
);

create unique index accounts_live_email_uq on accounts (email) where status <> 'DELETED';
create index accounts_pending_by_created_at_idx on accounts (created_at) where status = 'PENDING_VERIFICATION';
create index accounts_deleted_by_deleted_at_idx on accounts (deleted_at) where status = 'DELETED';
