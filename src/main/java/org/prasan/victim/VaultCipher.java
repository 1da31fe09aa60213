package org.prasan.victim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM with a fresh 96-bit IV per encryption, stored in front of the ciphertext. The
 * associated data binds a ciphertext to its row (victim, case, key): copied to another row it
 * no longer decrypts, and any changed byte fails the tag.
 */
@Component
public class VaultCipher {

  static final String TRANSFORMATION = "AES/GCM/NoPadding";
  static final int IV_BYTES = 12;
  static final int TAG_BITS = 128;

  private final SecureRandom random = new SecureRandom();

  public byte[] encrypt(SecretKey key, byte[] plaintext, String associatedData) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException failure) {
      throw new IllegalStateException("Cannot encrypt a vault record", failure);
    }
  }

  /** @throws VaultIntegrityException when the ciphertext or its associated data changed */
  public byte[] decrypt(SecretKey key, byte[] stored, String associatedData) {
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
    } catch (GeneralSecurityException failure) {
      throw new VaultIntegrityException("A vault record does not decrypt: changed, or under "
          + "another key", failure);
    }
  }
}
