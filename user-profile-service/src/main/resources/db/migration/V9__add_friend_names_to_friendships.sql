-- People search matched every friend of a friend's name with word_similarity, one profile fetched by key each: for a
-- caller with 200 friends that is 4,200 fetches and 4,200 similarity calls a search, most of its time. Each friendship
-- row now carries what search needs of the friend (name, searchability, and a 128-bit signature of the name's
-- trigrams), so that the caller's circle is read from one index alone, and a cheap test of the signature rules out
-- most names before word_similarity runs on the rest.

-- Bit (hash of the trigram) mod 128 set for each of pg_trgm's trigrams of the lower-cased text. Two texts sharing
-- s trigrams share at least s minus (trigrams of one that fell on a bit already set) bits, so a name whose
-- signature shares too few bits with the query's cannot reach the query's word similarity (PeopleSearch).
-- hashtextextended, because stored signatures must stay comparable with a query's: it is the hash that text hash
-- partitions rely on, so it is kept stable across PostgreSQL versions.
create function name_trigram_signature(name text) returns bit(128)
    language sql
    immutable
    strict
    parallel safe
as
$$
select coalesce(bit_or(set_bit(repeat('0', 128)::bit(128), (hashtextextended(trigram, 0) & 127)::integer, 1)),
                repeat('0', 128)::bit(128))
from unnest(show_trgm(lower(name))) as trigram
$$;

alter table friendships
    add column friend_name           text,
    add column friend_searchable_by  text,
    add column friend_name_signature bit(128);

with details as materialized (
    select id, display_name, searchable_by, name_trigram_signature(display_name) as signature from profiles
)
update friendships f
set friend_name           = details.display_name,
    friend_searchable_by  = details.searchable_by,
    friend_name_signature = details.signature
from details
where details.id = f.friend_id;

-- The friend's details ride in the primary key's index, so that a circle is read by index-only scans.
alter table friendships
    drop constraint friendships_pk,
    add constraint friendships_pk primary key (user_id, friend_id)
        include (friend_name, friend_searchable_by, friend_name_signature);

-- A friendship made takes the friend's details as they are (locking the profile row, so that a rename committing
-- meanwhile is waited for and then seen); a friend not yet known gets them when the profile is made. Rows inserted
-- with the details already given keep them (bench/profiles-data seeds two million rows so, from one join).
create function friendships_take_friend_details() returns trigger
    language plpgsql
as
$$
begin
    select p.display_name, p.searchable_by, name_trigram_signature(p.display_name)
    into new.friend_name, new.friend_searchable_by, new.friend_name_signature
    from profiles p
    where p.id = new.friend_id
    for share;
    return new;
end
$$;

create trigger friendships_take_friend_details
    before insert
    on friendships
    for each row
    when (new.friend_name is null)
execute function friendships_take_friend_details();

-- A profile made, renamed or made searchable by others passes its details on to the rows naming it as a friend
-- (stored both ways, so these are found by the primary key from the profile's own rows).
create function profiles_pass_details_to_friendships() returns trigger
    language plpgsql
as
$$
begin
    update friendships f
    set friend_name           = new.display_name,
        friend_searchable_by  = new.searchable_by,
        friend_name_signature = name_trigram_signature(new.display_name)
    where f.friend_id = new.id
      and f.user_id in (select mine.friend_id from friendships mine where mine.user_id = new.id);
    return null;
end
$$;

create trigger profiles_pass_details_to_friendships_on_insert
    after insert
    on profiles
    for each row
execute function profiles_pass_details_to_friendships();

create trigger profiles_pass_details_to_friendships_on_update
    after update of display_name, searchable_by
    on profiles
    for each row
    when (old.display_name is distinct from new.display_name or old.searchable_by is distinct from new.searchable_by)
execute function profiles_pass_details_to_friendships();
