-- The avatar and cover shown on a profile, by the hash of their content (their files are named by it); null when
-- the person has none. Always shown with the name: they are how others recognise the person.
alter table profiles
    add column avatar_hash text,
    add column cover_hash  text;
