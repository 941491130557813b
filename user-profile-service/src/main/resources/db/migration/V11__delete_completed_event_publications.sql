-- The outbox now deletes a publication once Kafka has acknowledged it (spring.modulith.events.completion-mode=delete,
-- service-defaults). The publications completed before that were kept for ever, one row per event ever sent, and
-- nothing reads them: they go once, so that the table holds only what is still to be sent.
delete from event_publication where completion_date is not null;
