-- pgbench script: reading a stored suggestion list (Suggestions.stored, then the mutual friends' names), 10
-- suggestions, for one of the people whose lists precompute.sql stored.
\set n 1 + (:users / :sample) * random(0, :sample - 1)
select p.id, p.display_name, p.avatar_url, c.mutual_count, c.mutual_ids
from suggestion_candidates c join people p on p.id = c.candidate_id
where c.user_id = md5(cast(:n as text))::uuid
  and not exists (select 1 from friendships f
                  where f.user_id = md5(cast(:n as text))::uuid and f.friend_id = c.candidate_id)
  and not exists (select 1 from friend_requests r
                  where r.pair_low = least(md5(cast(:n as text))::uuid, c.candidate_id)
                    and r.pair_high = greatest(md5(cast(:n as text))::uuid, c.candidate_id))
  and not exists (select 1 from blocks b
                  where (b.blocker_id = md5(cast(:n as text))::uuid and b.blocked_id = c.candidate_id)
                     or (b.blocker_id = c.candidate_id and b.blocked_id = md5(cast(:n as text))::uuid))
  and not exists (select 1 from dismissed_suggestions d
                  where d.user_id = md5(cast(:n as text))::uuid and d.dismissed_id = c.candidate_id)
order by c.mutual_count desc, c.newest_path desc, c.candidate_id
limit 10;
select id, display_name, avatar_url from people
where id = any(array(select unnest(c.mutual_ids) from suggestion_candidates c
                     where c.user_id = md5(cast(:n as text))::uuid
                     order by c.mutual_count desc limit 10));
