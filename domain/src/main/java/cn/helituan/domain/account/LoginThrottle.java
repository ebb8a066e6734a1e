package cn.helituan.domain.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing without letting a stranger keep anyone out (what replaced the 15-minute lock-out, which
 * anyone could use against the org admin and which told real user names from made-up ones). Failures are counted by
 * the name typed — whether an account has it or not, so the answers are the same — and by the address; from
 * {@value #CHALLENGE_AFTER} on a name within {@link #WINDOW} (or {@code helituan.security.address-challenge-after},
 * default 20, from one address), a sign-in also needs the image challenge (drawn on the server), which the account's owner can pass and a guessing script cannot; each failure's answer is delayed a little
 * longer ({@link #delay}). A success sets the name's count back; so does the admin's release ({@link
 * AccountService#unlock}). Wrong guesses of the current password on the change form count as failures of the name.
 */
@Service
public class LoginThrottle {

    public static final int CHALLENGE_AFTER = 3;
    public static final int SECOND_FACTOR_TRIES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration FIRST_DELAY = Duration.ofMillis(250);
    private static final Duration MAX_DELAY = Duration.ofSeconds(4);

    private final LoginFailures failures;
    private final Clock clock;
    /**
     * Failures from one address that ask every sign-in from it for the challenge (0: never). Higher than a name's
     * three: a county office's whole floor may reach the server through one address.
     */
    private final int addressChallengeAfter;

    public LoginThrottle(LoginFailures failures, Clock clock,
                         @Value("${helituan.security.address-challenge-after:20}") int addressChallengeAfter) {
        this.failures = failures;
        this.clock = clock;
        this.addressChallengeAfter = addressChallengeAfter;
    }

    /** Whether a sign-in with this name from this address (either may be null) must pass the image challenge. */
    @Transactional(readOnly = true)
    public boolean challenge(String name, String address) {
        Instant since = clock.instant().minus(WINDOW);
        return (name != null && failures.since(nameKey(name), since) >= CHALLENGE_AFTER)
                || (address != null && addressChallengeAfter > 0
                    && failures.since(addressKey(address), since) >= addressChallengeAfter);
    }

    /**
     * Counts a sign-in attempt with this name before its password is checked — as a failure until it succeeds
     * ({@link #succeeded} sets the name back) — in a transaction of its own; returns the name's count before this
     * attempt. Counting first means parallel attempts each see a different count, so no burst of them passes the
     * third failure without the challenge.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int attempt(String name) {
        Instant now = clock.instant();
        return name == null ? 0 : failures.add(nameKey(name), now, now.minus(WINDOW)) - 1;
    }

    /**
     * Counts a failed sign-in from an address (its name was counted by {@link #attempt}), in a transaction of its own;
     * returns how many failures the answer's delay is for: the name's, or the address's scaled to a name's.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int failedFrom(String name, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        int count = name == null ? 0 : failures.since(nameKey(name), since);
        if (address != null) {
            int fromAddress = failures.add(addressKey(address), now, since);
            if (addressChallengeAfter > 0) {
                // the delay grows with the address's failures as a name's does with its own
                count = Math.max(count, fromAddress * CHALLENGE_AFTER / addressChallengeAfter);
            }
        }
        return count;
    }

    /**
     * Counts a wrong current password on the change form as a failure of the name, in a transaction of its own so
     * that the refusal that follows does not roll it back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int failed(String name) {
        Instant now = clock.instant();
        return failures.add(nameKey(name), now, now.minus(WINDOW));
    }

    /**
     * Counts a second-factor attempt of the name before its code is checked (a failure until it succeeds), in a
     * transaction of its own; the count within the window, this attempt included. At {@value #SECOND_FACTOR_TRIES}
     * failures the half-signed-in session is ended (a six-digit code must not be guessable).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int secondFactorFailed(String name) {
        Instant now = clock.instant();
        return failures.add(secondFactorKey(name), now, now.minus(WINDOW));
    }

    @Transactional
    public void secondFactorSucceeded(String name) {
        failures.clear(secondFactorKey(name));
    }

    private static String secondFactorKey(String name) {
        String key = "factor:" + nameKey(name).substring("name:".length());
        return key.length() > 300 ? key.substring(0, 300) : key;
    }

    @Transactional
    public void succeeded(String name) {
        failures.clear(nameKey(name));
    }

    /** How long the answer to the n-th failure in a row waits: none for the first, then 250 ms doubling to 4 s. */
    public static Duration delay(int failureCount) {
        if (failureCount <= 1) {
            return Duration.ZERO;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(failureCount - 2, 8));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** The name as PostgreSQL's case-blind comparison of user names sees it (upper, then lower: "admın" is "admin"). */
    static String nameKey(String name) {
        String key = "name:" + name.strip().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return key.length() > 300 ? key.substring(0, 300) : key;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
