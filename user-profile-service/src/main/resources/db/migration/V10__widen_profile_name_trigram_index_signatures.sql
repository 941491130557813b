-- Strangers are found by walking the GiST trigram index nearest first (V8). Its inner pages hold a signature of the
-- trigrams below them, 12 bytes by default: with names made of common words nearly every bit is set, so the walk
-- can rule out little and visits much of the index for a query of two words. 256 bytes prune more; the leaves,
-- which hold the trigrams themselves, and so the index's size (7.8 MB over 100,000 profiles) stay about the same.
-- The 200 nearest strangers of 14 of bench/profiles' queries, in psql over its 100,000 people, three passes, two
-- runs on a busy machine: p50 11 and 13 ms against 28 and 34 ms with 12 bytes.
create index profiles_display_name_trgm_gist256_idx
    on profiles using gist (lower(display_name) gist_trgm_ops(siglen = 256));

drop index profiles_display_name_trgm_gist_idx;
