-- Removes what seed.sql made (and nothing else: the ids are the seed's own).
\set ON_ERROR_STOP on
begin;
create temporary table bench_ids as select md5('fakebook-bench-' || n)::uuid as id from generate_series(0, 99999) as n;
create index on bench_ids (id);
analyze bench_ids;
delete from friendships where user_id in (select id from bench_ids) or friend_id in (select id from bench_ids);
delete from profiles where id in (select id from bench_ids);
commit;
analyze profiles;
analyze friendships;
