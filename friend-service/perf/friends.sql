-- pgbench script: the first page (20) of a random person's friends, as Friendships.friendsOf reads it.
\set n random(1, :users)
select p.id, p.display_name, p.avatar_url, f.since
from friendships f join people p on p.id = f.friend_id
where f.user_id = md5(cast(:n as text))::uuid
  and not exists (select 1 from blocks b
                  where (b.blocker_id = md5(cast(:n as text))::uuid and b.blocked_id = f.friend_id)
                     or (b.blocker_id = f.friend_id and b.blocked_id = md5(cast(:n as text))::uuid))
order by f.since desc, f.friend_id desc
limit 21;
