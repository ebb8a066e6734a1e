package cn.helituan.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The authenticator's codes as RFC 6238 defines them, so that every authenticator app agrees with the server. */
class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodesAreThoseOfRfc6238sTestVectors() {
        // RFC 6238 appendix B, HMAC-SHA1, eight digits: time → code
        assertThat(Totp.code(RFC_KEY, 59 / 30, "HmacSHA1", 8)).isEqualTo("94287082");
        assertThat(Totp.code(RFC_KEY, 1111111109L / 30, "HmacSHA1", 8)).isEqualTo("07081804");
        assertThat(Totp.code(RFC_KEY, 1111111111L / 30, "HmacSHA1", 8)).isEqualTo("14050471");
        assertThat(Totp.code(RFC_KEY, 1234567890L / 30, "HmacSHA1", 8)).isEqualTo("89005924");
        assertThat(Totp.code(RFC_KEY, 2000000000L / 30, "HmacSHA1", 8)).isEqualTo("69279037");
        assertThat(Totp.code(RFC_KEY, 20000000000L / 30, "HmacSHA1", 8)).isEqualTo("65353130");
    }

    @Test
    void theSecretIsBase32AsTheAppsReadIt() {
        assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.base32Decode("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ")).isEqualTo(RFC_KEY);
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.base32Decode(secret)).hasSize(20);
        // the six-digit code of the RFC's key at 59 s is the last six of the eight
        assertThat(Totp.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 1)).isEqualTo("287082");
    }

    @Test
    void aCodeCountsForItsStepAndOneEitherSideAndOnlyOnce() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-12-05T08:00:15Z");
        long step = Totp.step(now);
        assertThat(Totp.match(secret, Totp.code(secret, step), now, null)).hasValue(step);
        assertThat(Totp.match(secret, Totp.code(secret, step - 1), now, null)).hasValue(step - 1);
        assertThat(Totp.match(secret, Totp.code(secret, step + 1), now, null)).hasValue(step + 1);
        assertThat(Totp.match(secret, Totp.code(secret, step - 2), now, null)).isEmpty();
        assertThat(Totp.match(secret, Totp.code(secret, step + 2), now, null)).isEmpty();
        // used once: the same step (or an earlier one) is refused
        assertThat(Totp.match(secret, Totp.code(secret, step), now, step)).isEmpty();
        assertThat(Totp.match(secret, Totp.code(secret, step - 1), now, step)).isEmpty();
        // typed with a space, as the apps show it
        String code = Totp.code(secret, step);
        assertThat(Totp.match(secret, code.substring(0, 3) + " " + code.substring(3), now, null)).hasValue(step);
        assertThat(Totp.match(secret, "12345", now, null)).isEmpty();
        assertThat(Totp.match(secret, "abcdef", now, null)).isEmpty();
    }

    @Test
    void theUriIsWhatTheQrCodeCarries() {
        assertThat(Totp.uri("合力团", "admin", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"))
                .startsWith("otpauth://totp/%E5%90%88%E5%8A%9B%E5%9B%A2:admin?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
                .contains("&issuer=%E5%90%88%E5%8A%9B%E5%9B%A2", "&digits=6", "&period=30");
    }
}
