-- Profiles: one per account (id = account id), made from AccountRegistered, erased on AccountDeleted.
create table profiles
(
    id           uuid                     not null,
    display_name text                     not null,
    created_at   timestamp with time zone not null,
    version      bigint                   not null,
    constraint profiles_pk primary key (id)
);
