-- Removes what seed-history.sql made (run as a superuser with psql -v readers='{uuid,...}'): the conversations of the
-- seeded people (every seeded conversation has one), their messages, members, reactions and hidden marks, the seeded
-- people and the readers' read-model rows; then gives the space back (VACUUM FULL of messages, which holds a few
-- thousand other rows then, so its lock is brief). Nothing else: the ids are the seed's own.
\set ON_ERROR_STOP on
create temporary table bench_conversations as
select distinct conversation_id as id from conversation_members
where user_id in (select md5('fakebook-chat-history-bench-p' || n)::uuid from generate_series(0, 4999) as n);
alter table bench_conversations add primary key (id);
analyze bench_conversations;

begin;
delete from reactions r using messages m
where r.message_id = m.id and m.conversation_id in (select id from bench_conversations);
delete from hidden_messages h using messages m
where h.message_id = m.id and m.conversation_id in (select id from bench_conversations);
-- Their reactions and hidden marks are gone, so the per-row cascade triggers of millions of deleted messages would
-- find nothing: skip them for this delete only.
set local session_replication_role = replica;
delete from messages where conversation_id in (select id from bench_conversations);
set local session_replication_role = origin;
delete from conversations where id in (select id from bench_conversations);
delete from friendships where user_id = any (:'readers'::uuid[]) or friend_id = any (:'readers'::uuid[]);
delete from chat_settings where user_id = any (:'readers'::uuid[]);
delete from people where id = any (:'readers'::uuid[])
   or id in (select md5('fakebook-chat-history-bench-p' || n)::uuid from generate_series(0, 4999) as n);
commit;

vacuum full messages;
vacuum analyze conversations;
vacuum analyze conversation_members;
vacuum analyze people;
