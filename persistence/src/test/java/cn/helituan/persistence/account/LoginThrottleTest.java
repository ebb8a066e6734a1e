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
        assertThat(throttle.failed("Admin", "10.0.0.1")).isEqualTo(1);
        assertThat(throttle.failed("admin ", "10.0.0.2")).isEqualTo(2);
        assertThat(throttle.challenge("admin", null)).isFalse();
        assertThat(throttle.failed("ADMIN", "10.0.0.3")).isEqualTo(3);

        assertThat(throttle.challenge("admin", null)).as("the name, whatever its case").isTrue();
        assertThat(throttle.challenge("admin", "10.0.0.9")).isTrue();
        assertThat(throttle.challenge("leader", "10.0.0.1")).as("another name from one of the addresses").isFalse();
    }

    @Test
    void failuresOlderThanTheWindowStartAgainAndASuccessSetsTheNameBack() {
        for (int i = 0; i < 3; i++) {
            at(NINE, 20).failed("leader", null);
        }
        Instant later = NINE.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertThat(at(later, 20).challenge("leader", null)).as("15 minutes on").isFalse();
        assertThat(at(later, 20).failed("leader", null)).as("counted from 1 again").isEqualTo(1);

        at(later, 20).failed("leader", null);
        at(later, 20).failed("leader", null);
        assertThat(at(later, 20).challenge("leader", null)).isTrue();
        at(later, 20).succeeded("leader");
        assertThat(at(later, 20).challenge("leader", null)).isFalse();
    }

    @Test
    void anAddressNeedsItsOwnHigherCountAndZeroTurnsTheAddressRuleOff() {
        LoginThrottle throttle = at(NINE, 5);
        for (int i = 1; i <= 5; i++) {
            throttle.failed("guess" + i, "192.0.2.7");
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
