package com.fakebook.friend.suggestion;

import com.fakebook.friend.block.Blocks;
import com.fakebook.friend.people.People;
import com.fakebook.friend.people.PersonLeaving;
import com.fakebook.friend.system.AccountNotFound;
import com.fakebook.friend.system.InvalidField;
import com.fakebook.friend.system.PersonNotFound;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SuggestionManagement {

    private final Suggestions suggestions;
    private final People people;
    private final Blocks blocks;
    private final Clock clock;

    SuggestionManagement(Suggestions suggestions, People people, Blocks blocks, Clock clock) {
        this.suggestions = suggestions;
        this.people = people;
        this.blocks = blocks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SuggestionView> suggestions(UUID caller, int limit) {
        return suggestions.forPerson(caller, limit);
    }

    /** The person is not suggested to the caller again. Dismissing twice changes nothing. */
    @Transactional
    public void dismiss(UUID caller, UUID dismissed) {
        if (caller.equals(dismissed)) {
            throw new InvalidField("userId", "You are never suggested to yourself.");
        }
        if (!people.lockExisting(caller)) {
            throw new AccountNotFound();
        }
        if (!people.lockExisting(dismissed) || blocks.blocked(dismissed, caller)) {
            throw new PersonNotFound();
        }
        suggestions.dismiss(caller, dismissed, clock.instant());
    }

    /** A deleted account's dismissals go, both its own and others' of it. */
    @EventListener
    void on(PersonLeaving leaving) {
        suggestions.forget(leaving.personId());
    }
}
