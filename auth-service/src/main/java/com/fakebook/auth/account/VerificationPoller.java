package com.fakebook.auth.account;

import com.fakebook.auth.identity.IdentityProviderUnavailable;
import com.fakebook.auth.identity.IdentityUser;
import com.fakebook.auth.identity.KeycloakUsers;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How auth-service learns that a person clicked the link in the verification mail: Keycloak marks its user
 * verified and tells nobody, so this asks Keycloak about the accounts still waiting (signed up in the last week,
 * oldest first, a batch at a time). A verified person's first call ({@code GET /api/auth/me}) is the fast path.
 * With several instances each may ask; {@link Account#verify} makes the second a no-op.
 */
@Component
class VerificationPoller {

    private static final Logger log = LoggerFactory.getLogger(VerificationPoller.class);
    private static final Duration WAIT_AT_MOST = Duration.ofDays(7);
    private static final Limit BATCH = Limit.of(100);

    private final Accounts accounts;
    private final KeycloakUsers keycloak;
    private final AccountManagement management;
    private final Clock clock;

    VerificationPoller(Accounts accounts, KeycloakUsers keycloak, AccountManagement management, Clock clock) {
        this.accounts = accounts;
        this.keycloak = keycloak;
        this.management = management;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${fakebook.registration.verification-poll-every:5s}")
    void checkPendingAccounts() {
        var pending = accounts.findByStatusAndCreatedAtAfterOrderByCreatedAt(
                AccountStatus.PENDING_VERIFICATION, clock.instant().minus(WAIT_AT_MOST), BATCH);
        try {
            for (var account : pending) {
                if (keycloak.find(account.id())
                        .filter(IdentityUser::emailVerified)
                        .isPresent()) {
                    management.verified(account.id());
                }
            }
        } catch (IdentityProviderUnavailable e) {
            log.warn("Keycloak unavailable; verification check postponed");
        }
    }
}
