-- The machine's limit for chat's writes (bench/chat): a scratch database with messaging-service's own tables
-- (its Flyway migrations, applied first) and :pairs direct conversations of two people each, as the benchmark's
-- pairs have. Ids are derived from numbers, so send.sql can name them: conversation n is md5('c' || n), its two
-- people md5('p' || 2n) and md5('p' || 2n + 1).
insert into people (id, display_name)
select md5('p' || n)::uuid, 'Pgbench Person ' || n
from generate_series(0, 2 * :pairs - 1) as n;

insert into conversations (id, kind, direct_pair, created_by, created_at, last_activity_at)
select md5('c' || n)::uuid, 'DIRECT', md5('p' || 2 * n) || ':' || md5('p' || 2 * n + 1), md5('p' || 2 * n)::uuid,
       now(), now()
from generate_series(0, :pairs - 1) as n;

insert into conversation_members (conversation_id, user_id, joined_at)
select md5('c' || n)::uuid, md5('p' || 2 * n + side)::uuid, now()
from generate_series(0, :pairs - 1) as n, generate_series(0, 1) as side;

-- The two of each pair are friends (both directions, as the read model keeps them): a send checks it.
insert into friendships (user_id, friend_id)
select md5('p' || 2 * n + side)::uuid, md5('p' || 2 * n + 1 - side)::uuid
from generate_series(0, :pairs - 1) as n, generate_series(0, 1) as side;

analyze;
