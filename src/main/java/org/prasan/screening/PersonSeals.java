package org.prasan.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.crypto.SecretKey;
import org.prasan.victim.VaultCipher;
import org.prasan.victim.VaultKeyRing;
import org.springframework.stereotype.Component;

/**
 * Seals a listed person's row (and, for {@link PersonLinks}, who exploited them) under the
 * victim vault's active key with the vault's cipher (AES-256-GCM), bound to the person's ref,
 * operation and key, as the vault binds its rows: a ciphertext copied to another row no longer
 * opens. Rotation: the vault's keys decrypt what
 * they encrypted, and {@code POST /api/vault/rekey} seals these rows again under the active
 * key ({@link PersonRekey}).
 */
@Component
class PersonSeals {

  private final VaultCipher cipher;
  private final VaultKeyRing keys;
  private final ObjectMapper json;

  PersonSeals(VaultCipher cipher, VaultKeyRing keys, ObjectMapper json) {
    this.cipher = cipher;
    this.keys = keys;
    this.json = json;
  }

  String activeKeyId() {
    return keys.activeKeyId();
  }

  byte[] seal(PersonRow row, String personRef, String operationId) {
    return sealValue(row, associatedData(personRef, operationId, keys.activeKeyId()));
  }

  PersonRow open(byte[] sealed, String personRef, String operationId, String keyId) {
    return openValue(sealed, PersonRow.class, keyId, "screened person " + personRef,
        associatedData(personRef, operationId, keyId));
  }

  /** Any value of a listed person (their row, their links) as JSON under the active key. */
  byte[] sealValue(Object value, String associatedData) {
    try {
      return cipher.encrypt(keys.activeKey(), json.writeValueAsBytes(value), associatedData);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  <T> T openValue(byte[] sealed, Class<T> type, String keyId, String whose,
                  String associatedData) {
    SecretKey key = keys.key(keyId).orElseThrow(() -> new IllegalStateException(
        "Vault key " + keyId + " of " + whose + " is not loaded"));
    try {
      return json.readValue(cipher.decrypt(key, sealed, associatedData), type);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  static String associatedData(String personRef, String operationId, String keyId) {
    return "prasan-screening-v1|" + personRef + "|" + operationId + "|" + keyId;
  }
}
