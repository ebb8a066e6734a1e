package cn.helituan.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords hashed with SM3 (GB/T 32905, the national standard hash a commercial-cryptography review — 密评 — asks
 * for): PBKDF2 with HMAC-SM3, a random 16-byte salt per password and {@value #ITERATIONS} iterations, written as
 * {@code iterations$salt$hash} (Base64). Used through the delegating encoder under the id {@code sm3}, so hashes made
 * before (bcrypt) still match and the id in front of each hash says which encoder checks it.
 */
public final class Sm3PasswordEncoder implements PasswordEncoder {

    /** The id in front of a hash ({@code {sm3}…}). */
    public static final String ID = "sm3";
    static final int ITERATIONS = 100_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String encode(CharSequence rawPassword) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return ITERATIONS + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(rawPassword, salt, ITERATIONS));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String[] parts = encodedPassword.split("\\$");
        if (parts.length != 3) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[0]);
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] expected = Base64.getDecoder().decode(parts[2]);
            return iterations > 0 && MessageDigest.isEqual(expected, derive(rawPassword, salt, iterations));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return !encodedPassword.startsWith(ITERATIONS + "$");
    }

    private static byte[] derive(CharSequence rawPassword, byte[] salt, int iterations) {
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SM3Digest());
        generator.init(rawPassword.toString().getBytes(StandardCharsets.UTF_8), salt, iterations);
        return ((KeyParameter) generator.generateDerivedParameters(HASH_BITS)).getKey();
    }
}
