package com.fakebook.profile.profiles;

import com.fakebook.events.account.AccountDeleted;
import com.fakebook.events.account.AccountEvent;
import com.fakebook.events.account.AccountRegistered;
import com.fakebook.events.account.AccountVerified;
import com.fakebook.profile.images.ProfileImages;
import com.fakebook.profile.relationships.Relationships;
import com.fakebook.servicedefaults.events.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Profiles follow accounts: made on sign-up, erased on deletion with the relationships, each event applied once. */
@Service
class ProfileLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProfileLifecycle.class);

    private final Profiles profiles;
    private final ProcessedEvents processed;
    private final Relationships relationships;
    private final ProfileImages images;

    ProfileLifecycle(Profiles profiles, ProcessedEvents processed, Relationships relationships, ProfileImages images) {
        this.profiles = profiles;
        this.processed = processed;
        this.relationships = relationships;
        this.images = images;
    }

    @Transactional
    void apply(AccountEvent event) {
        if (!processed.firstDelivery(event)) {
            log.debug("Event {} already applied", event.id());
            return;
        }
        switch (event) {
            case AccountRegistered registered -> {
                if (!profiles.existsById(registered.accountId())) {
                    profiles.save(Profile.forNewAccount(
                            registered.accountId(), registered.displayName(), registered.occurredAt()));
                    log.info("Profile {} made", registered.accountId());
                }
            }
            case AccountDeleted deleted -> {
                profiles.deleteById(deleted.accountId());
                relationships.forget(deleted.accountId());
                // Inside the transaction: if the store is down, the event is not marked applied and comes again,
                // rather than leaving the person's pictures behind for good.
                images.removeAll(deleted.accountId());
                log.info("Profile {} erased", deleted.accountId());
            }
            case AccountVerified verified -> {}
        }
    }
}
