-- People search by name: trigram matching (prefix, substring and fuzzy) on the lower-cased name. pg_trgm is a
-- trusted extension: the database's owner may create it.
create extension if not exists pg_trgm;

create index profiles_display_name_trgm_idx on profiles using gin (lower(display_name) gin_trgm_ops);
