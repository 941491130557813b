-- A generated social graph in friend-service's schema (apply the migrations first): :users people, each asking
-- floor(25 / sqrt(u)) others (u uniform in (0, 1], capped at 2000; 50 on average), the others drawn with
-- probability falling as a power of their number (1 + users * r^2), so low numbers become hubs: about 100 friends
-- per person on average, some with tens of thousands. Person n has id md5(n)::uuid. Friendships get a random age
-- up to three years. Constraints and secondary indexes are dropped for the load and made again after.
\set ON_ERROR_STOP on
set maintenance_work_mem = '512MB';

alter table friendships drop constraint friendships_mirrored;
alter table friendships drop constraint friendships_user_fk;
alter table friendships drop constraint friendships_pk;
drop index friendships_by_recency_idx;

insert into people (id, display_name, avatar_url, registered_at)
select md5(n::text)::uuid, 'Person ' || n, 'https://img.fakebook.test/' || n || '.webp', now() - interval '3 years'
from generate_series(1, :users) n;

create unlogged table generated_edges as
select least(a, b) as a, greatest(a, b) as b, min(since) as since
from (select n as a,
             1 + floor(:users * power(random(), 2))::int as b,
             now() - random() * interval '1000 days' as since
      from generate_series(1, :users) n
      cross join lateral generate_series(1, least(2000, floor(25 / sqrt(greatest(random(), 1e-9)) + n * 0))::int)) e
where a <> b
group by least(a, b), greatest(a, b);

insert into friendships (user_id, friend_id, since)
select md5(a::text)::uuid, md5(b::text)::uuid, since from generated_edges
union all
select md5(b::text)::uuid, md5(a::text)::uuid, since from generated_edges;

drop table generated_edges;

alter table friendships add constraint friendships_pk primary key (user_id, friend_id) include (since);
create index friendships_by_recency_idx on friendships (user_id, since desc, friend_id desc);
alter table friendships add constraint friendships_user_fk foreign key (user_id) references people (id);
alter table friendships add constraint friendships_mirrored foreign key (friend_id, user_id)
    references friendships (user_id, friend_id) on delete cascade deferrable initially deferred;
vacuum analyze people;
vacuum analyze friendships;
