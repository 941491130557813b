-- pgbench script: the first design, computing suggestions on every request (the walk of Suggestions.recompute,
-- keep the two alike), for a random person, 10 suggestions.
\set n random(1, :users)
with candidates as (
    select theirs.friend_id as candidate, count(*) as mutual_count,
           max(greatest(mine.since, theirs.since)) as newest_path
    from friendships mine
    join friendships theirs on theirs.user_id = mine.friend_id
    where mine.user_id = md5(cast(:n as text))::uuid and theirs.friend_id <> md5(cast(:n as text))::uuid
    group by theirs.friend_id
), ranked as (
    select c.* from candidates c
    where not exists (select 1 from friendships f
                      where f.user_id = md5(cast(:n as text))::uuid and f.friend_id = c.candidate)
      and not exists (select 1 from friend_requests r
                      where r.pair_low = least(md5(cast(:n as text))::uuid, c.candidate)
                        and r.pair_high = greatest(md5(cast(:n as text))::uuid, c.candidate))
      and not exists (select 1 from blocks b
                      where (b.blocker_id = md5(cast(:n as text))::uuid and b.blocked_id = c.candidate)
                         or (b.blocker_id = c.candidate and b.blocked_id = md5(cast(:n as text))::uuid))
      and not exists (select 1 from dismissed_suggestions d
                      where d.user_id = md5(cast(:n as text))::uuid and d.dismissed_id = c.candidate)
    order by c.mutual_count desc, c.newest_path desc, c.candidate
    limit 10
)
select p.id, p.display_name, p.avatar_url, r.mutual_count, mutual.ids, mutual.names, mutual.avatars
from ranked r
join people p on p.id = r.candidate
cross join lateral (
    select array_agg(m.id order by m.since desc, m.id) as ids,
           array_agg(m.display_name order by m.since desc, m.id) as names,
           array_agg(m.avatar_url order by m.since desc, m.id) as avatars
    from (select q.id, q.display_name, q.avatar_url, theirs.since
          from friendships mine
          join friendships theirs on theirs.user_id = mine.friend_id and theirs.friend_id = r.candidate
          join people q on q.id = mine.friend_id
          where mine.user_id = md5(cast(:n as text))::uuid
          order by theirs.since desc, q.id
          limit 3) m
) mutual
order by r.mutual_count desc, r.newest_path desc, r.candidate;
