-- History for bench/chat-history (issue #7): :messages messages (10,000,000 by default) straight into
-- messaging-service's own tables, with every index and constraint its migrations define, in 20,004 conversations:
--   * four long ones: a group of the readers and 20 others with 15 % of all messages (1.5 M of 10 M), a direct chat
--     of the first reader with 10 % (1 M), a group of the readers and 20 others with 6 %, a direct chat of the
--     second reader with 4 %;
--   * 18,000 direct chats and 2,000 groups (3 to 13 members) sharing the other 65 % by a power law (the largest about
--     36,000 messages, the median about 145), so the table holds many small histories around the long ones; the
--     readers are in every 20th direct chat and every 10th group.
-- The readers (-v readers='{uuid,...}', people who exist in Keycloak, so the API can be called as them) and 5,000
-- seeded people (ids md5('fakebook-chat-history-bench-p' || n), in the read model only, as friend-service's and
-- profile-service's events would put them) are the members. Senders take turns irregularly; bodies are short and
-- long sentences; every 17th message replies to a recent one, every 101st was edited, every 997th unsent. Message
-- ids and client ids are random UUIDs, as the service makes them. Each conversation is one run of rows (ordered by
-- sequence), and the long ones span about a year and a half.
-- Run as a superuser: psql -d fakebook_messaging -v messages=N -v readers='{...}' -f seed-history.sql;
-- cleanup-history.sql removes exactly this.
\set ON_ERROR_STOP on
set work_mem = '256MB';

create temporary table bench_readers as
select (ordinality - 1)::int as r, id from unnest(:'readers'::uuid[]) with ordinality as t(id);
select count(*) as readers from bench_readers \gset
create temporary table bench_people as
select n, md5('fakebook-chat-history-bench-p' || n)::uuid as id from generate_series(0, 4999) as n;

insert into people (id, display_name)
select id, (array['Ana', 'Bruno', 'Carla', 'Diogo', 'Eva', 'Filipe', 'Gabriela', 'Hugo', 'Inês', 'João'])[1 + n % 10]
           || ' ' || (array['Silva', 'Santos', 'Costa', 'Reis', 'Lima', 'Alves', 'Nunes', 'Pinto'])[1 + n / 10 % 8]
from bench_people
union all
select id, 'History Reader ' || r from bench_readers
on conflict (id) do nothing;

-- The conversations: number, kind, name, members (the first created it), messages, the gap between messages.
create temporary table bench_conversations
(
    n        int primary key,
    kind     text    not null,
    name     text,
    members  uuid[]  not null,
    messages int     not null,
    gap      interval not null,
    last_at  timestamptz not null
);

insert into bench_conversations
select 0, 'GROUP', 'Night shift',
       (select array_agg(id order by r) from bench_readers)
           || (select array_agg(id order by n) from bench_people where n between 4980 and 4999),
       round(:messages * 0.15), interval '30 seconds', now() - interval '2 minutes'
union all
select 1, 'DIRECT', null, array[(select id from bench_readers where r = 0), (select id from bench_people where n = 4999)],
       round(:messages * 0.10), interval '45 seconds', now() - interval '5 minutes'
union all
select 2, 'GROUP', 'Book club',
       (select array_agg(id order by r) from bench_readers)
           || (select array_agg(id order by n) from bench_people where n between 4960 and 4979),
       round(:messages * 0.06), interval '80 seconds', now() - interval '1 hour'
union all
select 3, 'DIRECT', null,
       array[(select id from bench_readers where r = 1 % :readers), (select id from bench_people where n = 4998)],
       round(:messages * 0.04), interval '2 minutes', now() - interval '3 hours';

-- The many: weight (i + 10)^-0.8 of what the long ones left.
with many as (
    select i, power(i + 10, -0.8) as weight from generate_series(0, 19999) as i),
  shares as (
    select i, greatest(1, floor((:messages - (select sum(messages) from bench_conversations)) * weight
                                 / sum(weight) over ()))::int as messages
    from many)
insert into bench_conversations
select 4 + i,
       case when i < 18000 then 'DIRECT' else 'GROUP' end,
       case when i >= 18000 then 'Group ' || i end,
       case
           when i < 18000 and i % 20 = 0 then
               array[(select id from bench_readers where r = i / 20 % :readers),
                     (select id from bench_people where n = i / 20)]
           when i < 18000 then
               array[(select id from bench_people where n = i % 5000),
                     (select id from bench_people where n = (i + 1 + i / 5000) % 5000)]
           else
               (select array_agg(id) from bench_readers where i % 10 = 0 and r = i / 10 % :readers)
                   || (select array_agg(p.id order by k)
                       from generate_series(0, 2 + i % 10) as k join bench_people p on p.n = (i * 7 + k * 13) % 5000)
       end,
       messages,
       interval '7 minutes',
       now() - interval '3 hours' * (i % 2000)
from shares;

insert into conversations (id, kind, name, direct_pair, created_by, created_at, last_sequence, last_activity_at)
select md5('fakebook-chat-history-bench-c' || n)::uuid, kind, name,
       case when kind = 'DIRECT' then least(members[1]::text, members[2]::text) || ':'
                                      || greatest(members[1]::text, members[2]::text) end,
       members[1], last_at - gap * messages, messages, last_at
from bench_conversations;

insert into conversation_members (conversation_id, user_id, joined_at, last_read_sequence, last_delivered_sequence)
select md5('fakebook-chat-history-bench-c' || c.n)::uuid, m.id, c.last_at - c.gap * c.messages,
       greatest(0, c.messages - m.position % 3 * 5), c.messages
from bench_conversations c, unnest(c.members) with ordinality as m(id, position);

-- The messages, conversation by conversation in sequence order.
insert into messages (id, conversation_id, sequence, sender_id, client_message_id, body, reply_to, sent_at, edited_at,
                      unsent)
select gen_random_uuid(),
       md5('fakebook-chat-history-bench-c' || c.n)::uuid,
       s,
       c.members[1 + (s + s / 3) % cardinality(c.members)],
       gen_random_uuid()::text,
       case when s % 997 <> 0 then
           (array['ok', 'See you there!', 'haha', 'Did you see what happened at the station this morning?',
                  'On my way', 'Can you send me the photos from Saturday?', 'Thanks!', 'yes',
                  'I think we should book the tables for eight, the place gets full after nine on Fridays',
                  'no idea', 'Where are we meeting?', 'Happy birthday!!',
                  'I finished the book last night and I still do not know what to think about the ending, call me',
                  'lol', 'Running 10 minutes late, sorry', 'Good night'])[1 + (s * 7 + c.n) % 16]
               || case when s % 3 = 0 then ' ' || s else '' end
       end,
       case when s % 17 = 0 then s - 1 - s % 5 end,
       c.last_at - c.gap * (c.messages - s),
       case when s % 101 = 0 then c.last_at - c.gap * (c.messages - s) + interval '1 minute' end,
       s % 997 = 0
from bench_conversations c, generate_series(1, c.messages) as s;

analyze people;
analyze conversations;
analyze conversation_members;
analyze messages;
