-- Computes and stores the suggestion lists of :sample people spread evenly over the :users (1, 1 + users/sample,
-- ...: the first numbers are the hubs), as Suggestions.recompute does one by one.
\set ON_ERROR_STOP on
delete from suggestion_lists;
insert into suggestion_lists (user_id, computed_at)
select md5((1 + k * (:users / :sample))::text)::uuid, now() from generate_series(0, :sample - 1) k;

insert into suggestion_candidates (user_id, candidate_id, mutual_count, newest_path, mutual_ids)
select l.user_id, r.candidate, r.mutual_count, r.newest_path, mutual.ids
from suggestion_lists l
cross join lateral (
    select theirs.friend_id as candidate, count(*) as mutual_count,
           max(greatest(mine.since, theirs.since)) as newest_path
    from friendships mine
    join friendships theirs on theirs.user_id = mine.friend_id
    where mine.user_id = l.user_id and theirs.friend_id <> l.user_id
      and not exists (select 1 from friendships f where f.user_id = l.user_id and f.friend_id = theirs.friend_id)
    group by theirs.friend_id
    order by count(*) desc, max(greatest(mine.since, theirs.since)) desc, theirs.friend_id
    limit 50
) r
cross join lateral (
    select coalesce(array_agg(m.id order by m.since desc, m.id), '{}') as ids
    from (select mine.friend_id as id, theirs.since
          from friendships mine
          join friendships theirs on theirs.user_id = mine.friend_id and theirs.friend_id = r.candidate
          where mine.user_id = l.user_id
          order by theirs.since desc, mine.friend_id
          limit 3) m
) mutual;
vacuum analyze suggestion_lists;
vacuum analyze suggestion_candidates;
