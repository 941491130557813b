-- One chat send as messaging-service makes it (Messaging.send and SendStatements), for pgbench: the same
-- statements, in the same transaction, on the same tables and indexes, then the outbox's two transactions of its
-- own that Spring Modulith 2.0 runs around the Kafka send: the publication marked processing, then deleted once
-- Kafka acknowledged it (completion-mode=delete, docs/events.md). Variables: pairs (-D pairs=N, as seed.sql made).
\set n random(0, :pairs - 1)
\set side random(0, 1)
BEGIN;
select c.id, c.kind, c.name, m.visible_from, earlier.id, earlier.sequence, earlier.sent_at from conversations c
  join conversation_members m on m.conversation_id = c.id and m.user_id = md5('p' || 2 * :n + :side)::uuid
  left join messages earlier on earlier.conversation_id = c.id and earlier.sender_id = m.user_id
                            and earlier.client_message_id = md5(random()::text)
  where c.id = md5('c' || :n)::uuid for update of c;
select m.user_id, m.muted,
       exists (select 1 from blocks b where (b.blocker_id = m.user_id and b.blocked_id = md5('p' || 2 * :n + :side)::uuid)
                 or (b.blocker_id = md5('p' || 2 * :n + :side)::uuid and b.blocked_id = m.user_id)) as blocked,
       exists (select 1 from friendships f where f.user_id = md5('p' || 2 * :n + :side)::uuid and f.friend_id = m.user_id) as friend
  from conversation_members m where m.conversation_id = md5('c' || :n)::uuid;
with numbered as (
    update conversations set last_sequence = last_sequence + 1, last_activity_at = now()
    where id = md5('c' || :n)::uuid returning last_sequence),
  stored as (
    insert into messages (id, conversation_id, sequence, sender_id, client_message_id, body, reply_to, sent_at)
    select gen_random_uuid(), md5('c' || :n)::uuid, last_sequence, md5('p' || 2 * :n + :side)::uuid,
           md5(random()::text), 'bench ' || last_sequence || ' a message of about the length people write', null, now()
    from numbered returning sequence),
  read_by_sender as (
    update conversation_members set last_read_sequence = greatest(last_read_sequence, stored.sequence),
      last_delivered_sequence = greatest(last_delivered_sequence, stored.sequence)
    from stored where conversation_id = md5('c' || :n)::uuid and user_id = md5('p' || 2 * :n + :side)::uuid)
select sequence as seq from stored \gset
insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts)
  values (md5('e' || :n || ':' || :seq)::uuid, 'org.springframework.modulith.events.support.DelegatingEventExternalizer.externalize(java.lang.Object)',
          'com.fakebook.events.messaging.MessageSent',
          '{"id":"' || gen_random_uuid() || '","conversationId":"' || md5('c' || :n)::uuid || '","sequence":' || :seq
            || ',"recipients":["' || md5('p' || 2 * :n + 1 - :side)::uuid || '"],"preview":"bench a message of about the length people write","occurredAt":"' || now() || '"}',
          now(), 'PUBLISHED', 1);
COMMIT;
update event_publication set status = 'PROCESSING' where id = md5('e' || :n || ':' || :seq)::uuid and status != 'PROCESSING';
delete from event_publication where id = md5('e' || :n || ':' || :seq)::uuid;
