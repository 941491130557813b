package com.fakebook.auth.account;

import com.fakebook.auth.identity.IdentityProviderUnavailable;
import com.fakebook.auth.identity.KeycloakUsers;
import com.fakebook.auth.identity.PasswordRejected;
import com.fakebook.auth.ratelimit.RateLimiter;
import com.fakebook.events.account.AccountDeleted;
import com.fakebook.events.account.AccountRegistered;
import com.fakebook.events.account.AccountVerified;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of an account across Keycloak and auth-service's database, which share no transaction. Each step is
 * ordered so that a failure leaves nothing half done, or something a retry (the person's, or a scheduled job's)
 * completes: the Keycloak user first, then the account and its event in one transaction (undoing the Keycloak
 * user if that fails); on deletion the account and its event first, then the Keycloak user.
 */
@Service
class AccountManagement {

    private static final Logger log = LoggerFactory.getLogger(AccountManagement.class);

    private final Accounts accounts;
    private final KeycloakUsers keycloak;
    private final AccountMails mails;
    private final RateLimiter limiter;
    private final RegistrationLimits limits;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration orphanAfter;

    AccountManagement(
            Accounts accounts,
            KeycloakUsers keycloak,
            AccountMails mails,
            RateLimiter limiter,
            RegistrationLimits limits,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${fakebook.registration.orphan-after:2m}") Duration orphanAfter) {
        this.accounts = accounts;
        this.keycloak = keycloak;
        this.mails = mails;
        this.limiter = limiter;
        this.limits = limits;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.orphanAfter = orphanAfter;
    }

    /**
     * Signs a person up. Whether the address was free or not, the caller sees the same outcome; the owner of a taken
     * address gets a mail saying someone tried.
     */
    void register(Registration registration, String clientAddress) {
        var email = registration.normalizedEmail();
        limiter.acquire("sign-up-address", clientAddress, limits.perAddress(), limits.window());
        limiter.acquire("sign-up-email", email, limits.perEmail(), limits.window());
        // Keycloak refuses it too, but only for a free address: refused here, the answer is the same for a taken one.
        if (registration.password().strip().equalsIgnoreCase(email)) {
            throw new PasswordRejected("Invalid password: must not be equal to the email.");
        }

        if (accounts.findLiveByEmail(email).isPresent()) {
            mails.someoneTriedToSignUp(email);
            return;
        }
        var created =
                keycloak.create(email, registration.password()).or(() -> replaceOrphan(email, registration.password()));
        if (created.isEmpty()) {
            mails.someoneTriedToSignUp(email);
            return;
        }
        var id = created.get();
        try {
            transaction.executeWithoutResult(status -> {
                accounts.save(Account.signedUp(id, email, clock.instant()));
                events.publishEvent(AccountRegistered.of(id, registration.trimmedDisplayName()));
            });
        } catch (RuntimeException e) {
            undoKeycloakUser(id);
            throw e;
        }
        log.info("Account {} signed up", id);
        sendVerificationMail(id);
    }

    /** Sends the verification mail again, if the address belongs to an account still waiting for it. */
    void resendVerificationMail(String rawEmail, String clientAddress) {
        var email = EmailAddresses.normalize(rawEmail);
        limiter.acquire("verification-mail-address", clientAddress, limits.perAddress(), limits.window());
        limiter.acquire("verification-mail-email", email, limits.perEmail(), limits.window());
        accounts.findLiveByEmail(email)
                .filter(account -> account.status() == AccountStatus.PENDING_VERIFICATION)
                .ifPresent(account -> sendVerificationMail(account.id()));
    }

    /**
     * The account of a caller who holds a valid token, made on the spot for a person Keycloak has verified but
     * auth-service never saw sign up (a user made in Keycloak's console); verified now if Keycloak says so. A
     * token that outlived its deleted account finds no account.
     */
    CurrentAccountView current(UUID id, String email, String displayName, boolean emailVerified) {
        var account = accounts.findById(id);
        if (account.isEmpty() && emailVerified && stillInKeycloak(id)) {
            account = Optional.of(transaction.execute(status -> {
                var made = accounts.save(Account.alreadyVerified(id, EmailAddresses.normalize(email), clock.instant()));
                events.publishEvent(AccountRegistered.of(id, displayName));
                events.publishEvent(AccountVerified.of(id));
                return made;
            }));
            log.info("Account {} made on first use of a verified Keycloak user", id);
        } else if (emailVerified
                && account.isPresent()
                && account.get().status() == AccountStatus.PENDING_VERIFICATION) {
            account = verified(id);
        }
        return account.map(CurrentAccountView::of).orElseThrow(AccountNotFound::new);
    }

    /** Marks the account verified and publishes {@code AccountVerified}, once; returns the account as it now is. */
    Optional<Account> verified(UUID id) {
        return transaction.execute(status -> {
            var account = accounts.findById(id);
            account.filter(found -> found.verify(clock.instant())).ifPresent(changed -> {
                events.publishEvent(AccountVerified.of(id));
                log.info("Account {} verified", id);
            });
            return account;
        });
    }

    /**
     * Deletes the caller's account: marked deleted and {@code AccountDeleted} published in one transaction, then
     * the Keycloak user removed (which ends its sessions). If Keycloak fails now, {@link PendingDeletions} finishes.
     */
    void delete(UUID id, String email) {
        transaction.executeWithoutResult(status -> {
            var account = accounts.findById(id)
                    .orElseGet(() -> accounts.save(
                            Account.alreadyVerified(id, EmailAddresses.normalize(email), clock.instant())));
            if (account.delete(clock.instant())) {
                events.publishEvent(AccountDeleted.of(id));
            }
        });
        log.info("Account {} deleted", id);
        finishDeletion(id);
    }

    /** Removes the Keycloak user of a deleted account, then the account's last row. */
    void finishDeletion(UUID id) {
        try {
            keycloak.delete(id);
            accounts.deleteById(id);
        } catch (IdentityProviderUnavailable e) {
            log.warn("Keycloak user of deleted account {} not removed yet; will retry", id);
        }
    }

    /**
     * A Keycloak user with this email and no account: left by a sign-up that failed halfway (it is then
     * unverified, and older than {@code fakebook.registration.orphan-after}, so not a sign-up still under way), so
     * it is removed and made again. A verified one is a real user: empty.
     */
    private Optional<UUID> replaceOrphan(String email, String password) {
        var existing = keycloak.findByEmail(email);
        if (existing.isEmpty()
                || existing.get().emailVerified()
                || existing.get().createdAt().isAfter(clock.instant().minus(orphanAfter))) {
            return Optional.empty();
        }
        log.info(
                "Replacing Keycloak user {} left by an unfinished sign-up",
                existing.get().id());
        keycloak.delete(existing.get().id());
        return keycloak.create(email, password);
    }

    /** A token outlives its user by up to its lifetime: a deleted user's token must not make the account again. */
    private boolean stillInKeycloak(UUID id) {
        return keycloak.find(id).isPresent();
    }

    private void undoKeycloakUser(UUID id) {
        try {
            keycloak.delete(id);
        } catch (RuntimeException e) {
            log.warn("Could not undo Keycloak user {} of a failed sign-up; the next sign-up replaces it", id, e);
        }
    }

    private void sendVerificationMail(UUID id) {
        try {
            keycloak.sendVerificationMail(id);
        } catch (IdentityProviderUnavailable e) {
            log.warn("Verification mail for account {} not sent; the person can ask again", id);
        }
    }
}
