-- People search ranks strangers nearest first straight from an index: a GiST trigram index answers
-- "order by q <<-> lower(display_name) limit n" (word-similarity distance) by walking the index in distance order,
-- where the GIN index of V6 could only hand over every match to be ranked and sorted (thousands for a short name).
-- The GiST index also serves the match itself (q <% lower(display_name)), so the GIN index goes.
create index profiles_display_name_trgm_gist_idx on profiles using gist (lower(display_name) gist_trgm_ops);

drop index profiles_display_name_trgm_idx;
