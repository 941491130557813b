-- 1,000,000 notifications for bench/notifications, straight into notification-service's database (as its role):
-- :owner_count of them (100,000 by default) for the benchmark's own user :'owner', whose feed is read; the rest for
-- 9,000 seeded people, 100 each (ids md5('fakebook-notification-bench-' || n)), so the table and its indexes are
-- as big as the target says. Actors are 1,000 seeded people with names (the feed joins them); types, read state and
-- message previews are mixed; activity is spread over the last 80 days (none old enough for the retention job).
-- Run with psql -v owner=<uuid> -v owner_count=<n>; cleanup-feed.sql removes exactly these rows.
\set ON_ERROR_STOP on
begin;
insert into people (id, display_name, avatar_url)
select md5('fakebook-notification-bench-actor-' || n)::uuid,
       (array['Ana', 'Bruno', 'Carla', 'Diogo', 'Eva', 'Filipe', 'Gabriela', 'Hugo', 'Inês', 'João'])[1 + n % 10]
           || ' ' || (array['Silva', 'Santos', 'Costa', 'Reis', 'Lima', 'Alves', 'Nunes', 'Pinto'])[1 + n % 8],
       case when n % 3 = 0 then '/api/profiles/' || md5('fakebook-notification-bench-actor-' || n)::uuid || '/avatar' end
from generate_series(0, 999) as n
on conflict (id) do nothing;

insert into notifications (id, recipient_id, type, actor_id, subject_id, message_count, preview, conversation_name,
                           last_sequence, created_at, updated_at, read_at)
select gen_random_uuid(),
       case when n < :owner_count then :'owner'::uuid
            else md5('fakebook-notification-bench-' || ((n - :owner_count) / 100))::uuid end,
       kind.type,
       md5('fakebook-notification-bench-actor-' || (n % 1000))::uuid,
       gen_random_uuid(),
       case when kind.type = 'NEW_MESSAGES' then 1 + n % 7 else 0 end,
       case when kind.type = 'NEW_MESSAGES' then 'Seeded message number ' || n end,
       case when kind.type = 'NEW_MESSAGES' and n % 4 = 0 then 'Group ' || n % 50 end,
       case when kind.type = 'NEW_MESSAGES' then n end,
       at.t,
       at.t,
       case when n % 2 = 0 then at.t + interval '1 hour' end
from generate_series(0, 999999) as n
     cross join lateral (select (array['FRIEND_REQUEST_RECEIVED', 'FRIEND_REQUEST_ACCEPTED', 'NEW_MESSAGES',
                                       'NEW_MESSAGES'])[1 + n % 4] as type) as kind
     cross join lateral (select now() - interval '80 days' * ((n::bigint * 7919) % 1000003) / 1000003.0 as t) as at;
commit;
analyze notifications;
analyze people;
