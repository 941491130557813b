package com.fakebook.friend.people;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The people read model, as the features ask it. */
@Component
public class People {

    private final JdbcClient db;

    People(JdbcClient db) {
        this.db = db;
    }

    public Optional<PersonView> find(UUID id) {
        return db.sql("select id, display_name, avatar_url from people where id = ?")
                .param(id)
                .query(PersonView::read)
                .optional();
    }

    /**
     * Whether the person exists, holding (until the transaction ends) a lock that keeps their row, so that a
     * deletion being applied meanwhile waits, and then finds what this transaction made.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lockExisting(UUID id) {
        return db.sql("select id from people where id = ? for key share")
                .param(id)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    public FriendsListAudience friendsListAudience(UUID id) {
        return db.sql("select friends_list_audience from people where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .map(FriendsListAudience::valueOf)
                .orElse(FriendsListAudience.ONLY_ME);
    }
}
