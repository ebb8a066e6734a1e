package cn.helituan.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.web.security.Sm3PasswordEncoder;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes where a commercial-cryptography review (密评) asks for SM3: the digest is the standard's (GB/T 32905
 * example 1), a password matches its own hash only, every hash has its own salt, and a deployment switching from
 * bcrypt to SM3 keeps its users' old passwords working while new ones are hashed with SM3.
 */
class PasswordHashTest {

    @Test
    void theDigestIsTheStandardsSm3() {
        SM3Digest digest = new SM3Digest();
        byte[] abc = "abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        digest.update(abc, 0, abc.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        assertThat(Hex.toHexString(out))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void anSm3HashMatchesItsPasswordOnlyAndIsSaltedEachTime() {
        Sm3PasswordEncoder sm3 = new Sm3PasswordEncoder();
        String hash = sm3.encode("Tea-garden-2026");
        assertThat(sm3.matches("Tea-garden-2026", hash)).isTrue();
        assertThat(sm3.matches("Tea-garden-2027", hash)).isFalse();
        assertThat(sm3.encode("Tea-garden-2026")).isNotEqualTo(hash);
        assertThat(sm3.matches("Tea-garden-2026", "not$a$hash")).isFalse();
        assertThat(sm3.matches("Tea-garden-2026", "garbage")).isFalse();
    }

    @Test
    void switchingToSm3KeepsTheOldBcryptPasswordsAndHashesNewOnesWithSm3() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("bcrypt", new BCryptPasswordEncoder(4));
        encoders.put(Sm3PasswordEncoder.ID, new Sm3PasswordEncoder());
        String old = new DelegatingPasswordEncoder("bcrypt", encoders).encode("Old-password-1");
        DelegatingPasswordEncoder now = new DelegatingPasswordEncoder(Sm3PasswordEncoder.ID, encoders);
        assertThat(now.matches("Old-password-1", old)).isTrue();
        assertThat(now.upgradeEncoding(old)).isTrue();
        String fresh = now.encode("New-password-2");
        assertThat(fresh).startsWith("{sm3}");
        assertThat(now.matches("New-password-2", fresh)).isTrue();
        assertThat(now.upgradeEncoding(fresh)).isFalse();
    }
}
