package org.prasan.victim;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;

/**
 * The vault's AES keys by id: the active one encrypts, every one decrypts what it encrypted.
 * {@code demo} says the keys were made up at start-up and protect nothing real.
 */
public record VaultKeyRing(String activeKeyId, Map<String, SecretKey> keys, boolean demo) {

  public VaultKeyRing {
    keys = Map.copyOf(keys);
    if (!keys.containsKey(activeKeyId)) {
      throw new IllegalArgumentException("The active vault key " + activeKeyId + " is not loaded");
    }
  }

  public SecretKey activeKey() {
    return keys.get(activeKeyId);
  }

  public Optional<SecretKey> key(String keyId) {
    return Optional.ofNullable(keys.get(keyId));
  }

  public Set<String> keyIds() {
    return keys.keySet();
  }
}
