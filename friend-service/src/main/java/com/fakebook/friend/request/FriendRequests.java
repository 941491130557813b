package com.fakebook.friend.request;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FriendRequests extends JpaRepository<FriendRequest, UUID> {

    /** The open request between the two, whichever sent it. */
    @Query("""
            select r from FriendRequest r
            where (r.senderId = :one and r.recipientId = :other) or (r.senderId = :other and r.recipientId = :one)""")
    Optional<FriendRequest> between(UUID one, UUID other);

    long countBySenderId(UUID sender);

    @Query("select r from FriendRequest r where r.senderId = :person or r.recipientId = :person")
    List<FriendRequest> involving(UUID person);

    /** The two people of a request, read without loading it (it is loaded again once their pair is locked). */
    @Query(
            "select new com.fakebook.friend.request.FriendRequests$Parties(r.senderId, r.recipientId) from FriendRequest r where r.id = :id")
    Optional<Parties> partiesOf(UUID id);

    record Parties(UUID senderId, UUID recipientId) {}
}
