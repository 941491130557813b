-- pgbench script, an experiment kept for comparison (not what the service runs): the suggestions query with the walk
-- bounded to each friend's 200 newest friendships and exact counts for the 10 kept. Run it by hand:
--   pgbench -n -D users=100000 -f friend-service/perf/suggestions-bounded.sql -c 1 -T 30 fakebook_friend_perf
-- It was barely faster than the exact walk (p50 28 vs 32 ms): the cost is the ordinary friends' degrees, not hubs.
\set n random(1, :users)
with my_friends as (
    select friend_id, since from friendships where user_id = md5(cast(:n as text))::uuid
), excluded as (
    select friend_id as id from my_friends
    union all select recipient_id from friend_requests where sender_id = md5(cast(:n as text))::uuid
    union all select sender_id from friend_requests where recipient_id = md5(cast(:n as text))::uuid
    union all select blocked_id from blocks where blocker_id = md5(cast(:n as text))::uuid
    union all select blocker_id from blocks where blocked_id = md5(cast(:n as text))::uuid
    union all select dismissed_id from dismissed_suggestions where user_id = md5(cast(:n as text))::uuid
), reached as (
    select theirs.friend_id as candidate, greatest(mine.since, theirs.since) as path_since
    from my_friends mine
    cross join lateral (select f.friend_id, f.since from friendships f
                        where f.user_id = mine.friend_id
                        order by f.since desc, f.friend_id desc
                        limit 200) theirs
    where theirs.friend_id <> md5(cast(:n as text))::uuid
), shortlist as (
    select r.candidate from reached r
    where not exists (select 1 from excluded e where e.id = r.candidate)
    group by r.candidate
    order by count(*) desc, max(r.path_since) desc, r.candidate
    limit 10
), ranked as (
    select s.candidate, exact.mutual_count, exact.newest_path
    from shortlist s
    cross join lateral (select count(*) as mutual_count, max(greatest(mine.since, theirs.since)) as newest_path
                        from my_friends mine
                        join friendships theirs on theirs.user_id = mine.friend_id
                                               and theirs.friend_id = s.candidate) exact
)
select p.id, p.display_name, p.avatar_url, r.mutual_count, mutual.ids, mutual.names, mutual.avatars
from ranked r
join people p on p.id = r.candidate
cross join lateral (
    select array_agg(m.id order by m.since desc, m.id) as ids,
           array_agg(m.display_name order by m.since desc, m.id) as names,
           array_agg(m.avatar_url order by m.since desc, m.id) as avatars
    from (select q.id, q.display_name, q.avatar_url, theirs.since
          from my_friends mine
          join friendships theirs on theirs.user_id = mine.friend_id and theirs.friend_id = r.candidate
          join people q on q.id = mine.friend_id
          order by theirs.since desc, q.id
          limit 3) m
) mutual
order by r.mutual_count desc, r.newest_path desc, r.candidate;
