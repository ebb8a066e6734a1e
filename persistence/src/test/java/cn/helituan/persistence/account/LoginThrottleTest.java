package cn.helituan.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.account.LoginFailures;
import cn.helituan.domain.account.LoginThrottle;
import cn.helituan.persistence.PersistenceTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;

/**
 * The sign-in throttle on V54's counts: three failures of a name (known or not) within 15 minutes ask for the image
 * challenge, older ones start again, a success sets the name back; an address needs its own, higher count; the delay
 * grows with the failures and stops at 4 seconds.
 */
class LoginThrottleTest extends PersistenceTest {

    private static final Instant NINE = Instant.parse("2026-12-05T01:00:00Z");

    private LoginFailures failures;

    @BeforeEach
    void counts() {
        failures = new JdbcLoginFailures(jdbc);
    }

    private LoginThrottle at(Instant now, int addressChallengeAfter) {
        return new LoginThrottle(failures, Clock.fixed(now, ZoneOffset.UTC), addressChallengeAfter);
    }

    @Test
    void threeFailuresOfANameAskForTheChallengeWhetherItIsAnAccountOrNot() {
        LoginThrottle throttle = at(NINE, 20);
        assertThat(throttle.attempt("Admin")).as("failures before this attempt").isZero();
        throttle.failedFrom("Admin", "10.0.0.1");
        assertThat(throttle.attempt("admin ")).isEqualTo(1);
        assertThat(throttle.challenge("admin", null)).isFalse();
        assertThat(throttle.attempt("ADMIN")).isEqualTo(2);

        assertThat(throttle.challenge("admin", null)).as("the name, whatever its case").isTrue();
        assertThat(throttle.challenge("admın", null)).as("as PostgreSQL compares user names").isTrue();
        assertThat(throttle.challenge("admin", "10.0.0.9")).isTrue();
        assertThat(throttle.challenge("leader", "10.0.0.1")).as("another name from one of the addresses").isFalse();
        assertThat(throttle.attempt("admin")).as("the fourth attempt sees three before it").isEqualTo(3);
    }

    @Test
    void aWrongCurrentPasswordCountsAsAFailureOfTheName() {
        LoginThrottle throttle = at(NINE, 20);
        assertThat(throttle.failed("wanglei")).isEqualTo(1);
        throttle.failed("wanglei");
        throttle.failed("wanglei");
        assertThat(throttle.challenge("wanglei", null)).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowStartAgainAndASuccessSetsTheNameBack() {
        for (int i = 0; i < 3; i++) {
            at(NINE, 20).attempt("leader");
        }
        Instant later = NINE.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertThat(at(later, 20).challenge("leader", null)).as("15 minutes on").isFalse();
        assertThat(at(later, 20).attempt("leader")).as("counted from nothing again").isZero();

        at(later, 20).attempt("leader");
        at(later, 20).attempt("leader");
        assertThat(at(later, 20).challenge("leader", null)).isTrue();
        at(later, 20).succeeded("leader");
        assertThat(at(later, 20).challenge("leader", null)).isFalse();
    }

    @Test
    void anAddressNeedsItsOwnHigherCountAndZeroTurnsTheAddressRuleOff() {
        LoginThrottle throttle = at(NINE, 5);
        for (int i = 1; i <= 5; i++) {
            throttle.failedFrom("guess" + i, "192.0.2.7");
        }
        assertThat(throttle.challenge("someone", "192.0.2.7")).as("five names tried from one address").isTrue();
        assertThat(throttle.challenge("someone", "192.0.2.8")).isFalse();
        assertThat(at(NINE, 0).challenge("someone", "192.0.2.7")).isFalse();
    }

    @Test
    void theDelayGrowsWithTheFailuresAndStopsAtFourSeconds() {
        assertThat(LoginThrottle.delay(1)).isZero();
        assertThat(LoginThrottle.delay(2)).isEqualTo(Duration.ofMillis(250));
        assertThat(LoginThrottle.delay(3)).isEqualTo(Duration.ofMillis(500));
        assertThat(LoginThrottle.delay(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delay(6)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LoginThrottle.delay(60)).isEqualTo(Duration.ofSeconds(4));
    }
}
