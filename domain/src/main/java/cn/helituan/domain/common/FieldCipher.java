package cn.helituan.domain.common;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Field encryption of personal numbers (issue 21, 等保/密评): with {@code helituan.security.field-key} set (128 bits as
 * 32 hex digits) a value is stored as {@value #PREFIX} followed by Base64 of a random 12-byte IV, the SM4 (GB/T 32907)
 * ciphertext and GCM's 16-byte tag — Bouncy Castle's {@code SM4Engine} in GCM, so a changed byte is refused rather
 * than read as another number. Without the key values are stored as they are (the default). A stored value without
 * the prefix is plain text written before the key was set and is read as it is; it is encrypted when its record is
 * next saved.
 * <p>
 * {@link #digest} is what uniqueness is checked on, as ciphertexts of one number differ: HMAC-SM3 under a key derived
 * from the field key (an ID number has too few possible values for a bare hash to hide it), or SM3 alone without a
 * key. {@link #digests} gives both forms while a key is set, so numbers digested before it still count.
 */
@Component
public class FieldCipher {

    /** Marks a stored value as ciphertext; no plain ID number or mobile starts so. */
    public static final String PREFIX = "sm4:";
    private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] DIGEST_LABEL = "helituan field digest".getBytes(StandardCharsets.US_ASCII);

    private final byte[] key;
    private final byte[] digestKey;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(@Value("${helituan.security.field-key:}") String hexKey) {
        String text = hexKey == null ? "" : hexKey.strip();
        if (text.isEmpty()) {
            this.key = null;
            this.digestKey = null;
            return;
        }
        if (!text.matches("[0-9a-fA-F]{32}")) {
            throw new IllegalStateException("helituan.security.field-key must be 128 bits written as 32 hex digits");
        }
        this.key = HexFormat.of().parseHex(text);
        this.digestKey = hmac(key, DIGEST_LABEL);
    }

    /** Whether values are encrypted. */
    public boolean keyed() {
        return key != null;
    }

    /** The value as it is stored: ciphertext with the key, else as it is; null stays null. */
    public String seal(String plain) {
        // a stored value this key could not open is kept as it is stored, never sealed a second time
        if (plain == null || key == null || plain.startsWith(PREFIX)) {
            return plain;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] in = plain.getBytes(StandardCharsets.UTF_8);
        GCMModeCipher gcm = gcm(true, iv);
        byte[] out = new byte[IV_BYTES + gcm.getOutputSize(in.length)];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        int n = gcm.processBytes(in, 0, in.length, out, IV_BYTES);
        try {
            gcm.doFinal(out, IV_BYTES + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return PREFIX + Base64.getEncoder().encodeToString(out);
    }

    /**
     * The value a stored one holds: plain text as it is, ciphertext decrypted. Ciphertext that cannot be read (no key
     * set, another key, a changed byte) is returned as stored, and logged: a page shows it rather than failing, and a
     * save without a change writes it back unchanged.
     */
    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        if (key == null) {
            log.warn("an encrypted field was read without helituan.security.field-key set; it is shown as stored");
            return stored;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (all.length < IV_BYTES + TAG_BITS / 8) {
                throw new IllegalArgumentException("too short");
            }
            GCMModeCipher gcm = gcm(false, java.util.Arrays.copyOf(all, IV_BYTES));
            byte[] out = new byte[gcm.getOutputSize(all.length - IV_BYTES)];
            int n = gcm.processBytes(all, IV_BYTES, all.length - IV_BYTES, out, 0);
            n += gcm.doFinal(out, n);
            return new String(out, 0, n, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | InvalidCipherTextException e) {
            log.warn("an encrypted field could not be read with helituan.security.field-key ({}); it is shown as stored",
                    e.getMessage());
            return stored;
        }
    }

    /** What uniqueness is checked on: HMAC-SM3 with the key, SM3 without; 64 hex digits; null for null. */
    public String digest(String value) {
        if (value == null) {
            return null;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(digestKey == null ? sm3(bytes) : hmac(digestKey, bytes));
    }

    /**
     * The digests a stored copy of the value may carry: {@link #digest}, and with a key also the keyless one that
     * records saved before the key was set carry. Empty for null.
     */
    public List<String> digests(String value) {
        List<String> all = new ArrayList<>(2);
        if (value != null) {
            all.add(digest(value));
            if (digestKey != null) {
                all.add(HexFormat.of().formatHex(sm3(value.getBytes(StandardCharsets.UTF_8))));
            }
        }
        return all;
    }

    private GCMModeCipher gcm(boolean encrypt, byte[] iv) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, iv));
        return gcm;
    }

    /** The block cipher: GB/T 32907's SM4, as Bouncy Castle implements it (its test vector: FieldCipherTest). */
    static BlockCipher engine() {
        return new SM4Engine();
    }

    private static byte[] sm3(byte[] in) {
        SM3Digest digest = new SM3Digest();
        digest.update(in, 0, in.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    private static byte[] hmac(byte[] key, byte[] in) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }
}
