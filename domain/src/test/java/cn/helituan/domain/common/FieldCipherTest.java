package cn.helituan.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/**
 * SM4 field encryption (issue 21): the block cipher is the standard's (GB/T 32907's example), GCM over it is RFC 8998's,
 * a number is stored as ciphertext that differs every time and reads back whole, a changed byte or another key is
 * never read as a number, plain values stored before the key still read, and without a key nothing changes.
 */
class FieldCipherTest {

    private static final String KEY = "0123456789abcdeffedcba9876543210";
    private static final String NUMBER = "11010519491231002X";
    private static final HexFormat HEX = HexFormat.of();

    private final FieldCipher keyed = new FieldCipher(KEY);
    private final FieldCipher plain = new FieldCipher("");

    @Test
    void theBlockCipherIsTheStandardsSm4() {
        // GB/T 32907-2016, appendix A, example 1: the key encrypts itself as plaintext
        BlockCipher sm4 = FieldCipher.engine();
        sm4.init(true, new KeyParameter(HEX.parseHex(KEY)));
        byte[] out = new byte[16];
        sm4.processBlock(HEX.parseHex(KEY), 0, out, 0);
        assertThat(HEX.formatHex(out)).isEqualTo("681edf34d206965e86b3e94f536e4246");
        sm4.init(false, new KeyParameter(HEX.parseHex(KEY)));
        byte[] back = new byte[16];
        sm4.processBlock(out, 0, back, 0);
        assertThat(HEX.formatHex(back)).isEqualTo(KEY);
    }

    @Test
    void gcmOverItIsRfc8998s() throws Exception {
        // RFC 8998, appendix A.1 (SM4-GCM)
        GCMModeCipher gcm = GCMBlockCipher.newInstance(FieldCipher.engine());
        gcm.init(true, new AEADParameters(new KeyParameter(HEX.parseHex(KEY)), 128,
                HEX.parseHex("00001234567800000000ABCD"), HEX.parseHex("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2")));
        byte[] in = HEX.parseHex("AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
                + "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA");
        byte[] out = new byte[gcm.getOutputSize(in.length)];
        int n = gcm.processBytes(in, 0, in.length, out, 0);
        gcm.doFinal(out, n);
        assertThat(HEX.formatHex(out)).isEqualToIgnoringCase("17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB"
                + "200735D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D"
                + "83DE3541E4C2B58177E065A9BF7B62EC");
    }

    @Test
    void aNumberIsStoredAsCiphertextThatDiffersEachTimeAndReadsBackWhole() {
        String once = keyed.seal(NUMBER);
        String twice = keyed.seal(NUMBER);
        assertThat(once).startsWith(FieldCipher.PREFIX).doesNotContain(NUMBER).isNotEqualTo(twice);
        assertThat(keyed.open(once)).isEqualTo(NUMBER);
        assertThat(keyed.open(twice)).isEqualTo(NUMBER);
        // IV, ciphertext of the 18 bytes and the 16-byte tag
        assertThat(Base64.getDecoder().decode(once.substring(FieldCipher.PREFIX.length()))).hasSize(12 + 18 + 16);
        assertThat(once.length()).as("fits member.id_number").isLessThanOrEqualTo(100);
        assertThat(keyed.seal(null)).isNull();
        assertThat(keyed.open(null)).isNull();
    }

    @Test
    void aChangedByteOrAnotherKeyIsNeverReadAsANumber() {
        String stored = keyed.seal(NUMBER);
        byte[] bytes = Base64.getDecoder().decode(stored.substring(FieldCipher.PREFIX.length()));
        bytes[15] ^= 1;
        String tampered = FieldCipher.PREFIX + Base64.getEncoder().encodeToString(bytes);
        assertThat(keyed.open(tampered)).as("the tag refuses it; shown as stored").isEqualTo(tampered);
        assertThat(keyed.seal(keyed.open(tampered))).as("saved again unchanged, never sealed a second time")
                .isEqualTo(tampered);
        FieldCipher other = new FieldCipher("00112233445566778899aabbccddeeff");
        assertThat(other.open(stored)).isEqualTo(stored);
        assertThat(plain.open(stored)).as("no key set: shown as stored").isEqualTo(stored);
        assertThat(keyed.open(FieldCipher.PREFIX + "not base64!")).isEqualTo(FieldCipher.PREFIX + "not base64!");
    }

    @Test
    void plainValuesStoredBeforeTheKeyStillReadAndWithoutAKeyNothingChanges() {
        assertThat(keyed.open(NUMBER)).isEqualTo(NUMBER);
        assertThat(plain.keyed()).isFalse();
        assertThat(keyed.keyed()).isTrue();
        assertThat(plain.seal(NUMBER)).isEqualTo(NUMBER);
        assertThat(plain.open(NUMBER)).isEqualTo(NUMBER);
    }

    @Test
    void theDigestIsKeyedWithAKeyAndTheKeylessOneStillCounts() {
        String bare = plain.digest(NUMBER);
        assertThat(bare).hasSize(64).isEqualTo(plain.digest(NUMBER));
        assertThat(plain.digests(NUMBER)).containsExactly(bare);
        String keyedDigest = keyed.digest(NUMBER);
        assertThat(keyedDigest).hasSize(64).isNotEqualTo(bare).isEqualTo(new FieldCipher(KEY.toUpperCase()).digest(NUMBER));
        assertThat(new FieldCipher("00112233445566778899aabbccddeeff").digest(NUMBER)).isNotEqualTo(keyedDigest);
        assertThat(keyed.digests(NUMBER)).containsExactly(keyedDigest, bare);
        assertThat(keyed.digest("110105194912310029")).isNotEqualTo(keyedDigest);
        assertThat(keyed.digest(null)).isNull();
        assertThat(keyed.digests(null)).isEmpty();
    }

    @Test
    void aKeyThatIsNot128BitsInHexStopsTheStart() {
        assertThatThrownBy(() -> new FieldCipher("0123456789abcdef")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("helituan.security.field-key");
        assertThatThrownBy(() -> new FieldCipher(KEY.replace('a', 'g'))).isInstanceOf(IllegalStateException.class);
        assertThat(new FieldCipher("  ").keyed()).isFalse();
        assertThat(new FieldCipher(null).keyed()).isFalse();
    }
}
