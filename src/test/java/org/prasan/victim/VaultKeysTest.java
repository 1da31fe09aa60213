package org.prasan.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the vault's keys come from, and how a rotation moves records to the new key. */
class VaultKeysTest {

  final VaultCipher cipher = new VaultCipher();

  @Test
  void theEnvironmentGivesTheActiveKeyAndOlderKeysThatStillDecrypt() throws Exception {
    SecretKey old = VaultKeys.newKey();
    SecretKey current = VaultKeys.newKey();

    VaultKeyRing ring = VaultKeys.fromEnvironment(properties(base64(current), "2026-12",
        "2026-06:" + base64(old), null, null, null));

    assertThat(ring.activeKeyId()).isEqualTo("2026-12");
    assertThat(ring.keyIds()).containsExactlyInAnyOrder("2026-12", "2026-06");
    assertThat(ring.key("2026-06").orElseThrow().getEncoded()).isEqualTo(old.getEncoded());
    assertThat(ring.demo()).isFalse();
  }

  @Test
  void aKeystoreGivesEverySecretKeyAndNamesTheActiveOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("vault.p12");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    KeyStore.PasswordProtection password = new KeyStore.PasswordProtection("s3cret".toCharArray());
    store.setEntry("vault-2026-06", new KeyStore.SecretKeyEntry(VaultKeys.newKey()), password);
    store.setEntry("vault-2026-12", new KeyStore.SecretKeyEntry(VaultKeys.newKey()), password);
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, "s3cret".toCharArray());
    }

    VaultKeyRing ring = VaultKeys.fromKeystore(properties(null, null, null, file.toString(),
        "s3cret", "vault-2026-12"));

    assertThat(ring.activeKeyId()).isEqualTo("vault-2026-12");
    assertThat(ring.keyIds()).containsExactlyInAnyOrder("vault-2026-06", "vault-2026-12");
  }

  @Test
  void refusesAKeyOfTheWrongLength() {
    assertThatThrownBy(() -> VaultKeys.fromEnvironment(properties(
        Base64.getEncoder().encodeToString(new byte[16]), null, null, null, null, null)))
        .hasMessageContaining("32 bytes");
  }

  @Test
  void aRotationReencryptsUnderTheNewKeySoTheOldOneCanBeRetired() throws Exception {
    SecretKey old = VaultKeys.newKey();
    SecretKey current = VaultKeys.newKey();
    byte[] identity = "{\"fullName\":\"Synthetic Person\"}".getBytes(StandardCharsets.UTF_8);
    byte[] underOld = cipher.encrypt(old, identity, "VR-1|TIP-1|k1");

    byte[] underCurrent = cipher.encrypt(current, cipher.decrypt(old, underOld, "VR-1|TIP-1|k1"),
        "VR-1|TIP-1|k2");

    assertThat(cipher.decrypt(current, underCurrent, "VR-1|TIP-1|k2")).isEqualTo(identity);
    assertThatThrownBy(() -> cipher.decrypt(old, underCurrent, "VR-1|TIP-1|k2"))
        .isInstanceOf(VaultIntegrityException.class);
  }

  @Test
  void aChangedByteOrACiphertextMovedToAnotherRowDoesNotDecrypt() throws Exception {
    SecretKey key = VaultKeys.newKey();
    byte[] sealed = cipher.encrypt(key, "secret".getBytes(StandardCharsets.UTF_8), "VR-1|TIP-1|k");
    byte[] flipped = sealed.clone();
    flipped[flipped.length - 1] ^= 1;

    assertThatThrownBy(() -> cipher.decrypt(key, flipped, "VR-1|TIP-1|k"))
        .isInstanceOf(VaultIntegrityException.class);
    assertThatThrownBy(() -> cipher.decrypt(key, sealed, "VR-2|TIP-1|k"))
        .isInstanceOf(VaultIntegrityException.class);
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("secret");
  }

  private static VaultProperties properties(String key, String keyId, String previous,
                                            String keystore, String password, String active) {
    return new VaultProperties(keystore, password, active, key, keyId, previous, null);
  }

  private static String base64(SecretKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }
}
