-- Removes what seed-feed.sql made (run with psql -v owner=<uuid>): the seeded people's and the owner's notifications,
-- and the seeded actors. Nothing else: the ids are the seed's own.
\set ON_ERROR_STOP on
begin;
create temporary table bench_recipients as
select md5('fakebook-notification-bench-' || n)::uuid as id from generate_series(0, 9999) as n
union all select :'owner'::uuid;
create index on bench_recipients (id);
analyze bench_recipients;
delete from notifications where recipient_id in (select id from bench_recipients);
delete from people where id in (select md5('fakebook-notification-bench-actor-' || n)::uuid
                                from generate_series(0, 999) as n);
commit;
analyze notifications;
