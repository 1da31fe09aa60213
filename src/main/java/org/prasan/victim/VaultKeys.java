package org.prasan.victim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** Loads the vault's keys as {@link VaultProperties} says; see README "Key rotation". */
@Configuration
public class VaultKeys {

  private static final Logger LOG = LoggerFactory.getLogger(VaultKeys.class);
  static final int KEY_BYTES = 32;
  static final String DEMO_KEY_ID = "demo-1";
  /** The demo keystore protects demo data only; its password is no secret. */
  static final char[] DEMO_KEYSTORE_PASSWORD = "prasan-demo-only".toCharArray();

  @Bean
  VaultKeyRing vaultKeyRing(VaultProperties properties, Environment environment)
      throws IOException, GeneralSecurityException {
    if (present(properties.keystore())) {
      return fromKeystore(properties);
    }
    if (present(properties.key())) {
      return fromEnvironment(properties);
    }
    if (!environment.acceptsProfiles(Profiles.of("default | test"))) {
      throw new IllegalStateException("No victim vault key: set PRASAN_VAULT_KEY (base64 of 32 "
          + "random bytes) or prasan.vault.keystore; see README \"Victim vault\"");
    }
    return demoKeys(properties.demoKeystore());
  }

  static VaultKeyRing fromKeystore(VaultProperties properties)
      throws IOException, GeneralSecurityException {
    if (!present(properties.keystorePassword()) || !present(properties.activeKey())) {
      throw new IllegalStateException("prasan.vault.keystore needs keystore-password "
          + "(PRASAN_VAULT_KEYSTORE_PASSWORD) and active-key");
    }
    char[] password = properties.keystorePassword().toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(Path.of(properties.keystore()))) {
      store.load(in, password);
    }
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    for (String alias : Collections.list(store.aliases())) {
      if (store.entryInstanceOf(alias, KeyStore.SecretKeyEntry.class)) {
        keys.put(alias, aes(store.getKey(alias, password).getEncoded(), alias));
      }
    }
    LOG.info("Victim vault: {} key(s) from keystore {}, active {}", keys.size(),
        properties.keystore(), properties.activeKey());
    return new VaultKeyRing(properties.activeKey(), keys, false);
  }

  static VaultKeyRing fromEnvironment(VaultProperties properties) {
    String activeId = present(properties.keyId()) ? properties.keyId() : "env-1";
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    keys.put(activeId, decode(properties.key(), activeId));
    if (present(properties.previousKeys())) {
      for (String entry : properties.previousKeys().split(",")) {
        String[] idAndKey = entry.strip().split(":", 2);
        if (idAndKey.length != 2) {
          throw new IllegalStateException("PRASAN_VAULT_PREVIOUS_KEYS: expected id:base64");
        }
        keys.put(idAndKey[0], decode(idAndKey[1], idAndKey[0]));
      }
    }
    LOG.info("Victim vault: {} key(s) from the environment, active {}", keys.size(), activeId);
    return new VaultKeyRing(activeId, keys, false);
  }

  private static VaultKeyRing demoKeys(String demoKeystore)
      throws IOException, GeneralSecurityException {
    SecretKey key;
    if (present(demoKeystore)) {
      key = loadOrCreateDemoKey(Path.of(demoKeystore));
      LOG.warn("Victim vault: DEMO KEY from {} (created on first start). It protects demo data "
          + "only: set PRASAN_VAULT_KEY or prasan.vault.keystore before recording real "
          + "victims.", demoKeystore);
    } else {
      key = newKey();
      LOG.warn("Victim vault: DEMO KEY generated in memory for this run (test profile); "
          + "identities written now cannot be read after a restart.");
    }
    return new VaultKeyRing(DEMO_KEY_ID, Map.of(DEMO_KEY_ID, key), true);
  }

  private static SecretKey loadOrCreateDemoKey(Path file)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(
        DEMO_KEYSTORE_PASSWORD);
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        store.load(in, DEMO_KEYSTORE_PASSWORD);
      }
      return (SecretKey) store.getKey(DEMO_KEY_ID, DEMO_KEYSTORE_PASSWORD);
    }
    SecretKey key = newKey();
    store.load(null, null);
    store.setEntry(DEMO_KEY_ID, new KeyStore.SecretKeyEntry(key), protection);
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, DEMO_KEYSTORE_PASSWORD);
    }
    return key;
  }

  static SecretKey newKey() throws GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(KEY_BYTES * 8, new SecureRandom());
    return generator.generateKey();
  }

  private static SecretKey decode(String base64, String id) {
    try {
      return aes(Base64.getDecoder().decode(base64.strip()), id);
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalStateException("Vault key " + id + " is not base64", notBase64);
    }
  }

  private static SecretKey aes(byte[] bytes, String id) {
    if (bytes.length != KEY_BYTES) {
      throw new IllegalStateException("Vault key " + id + " must be " + KEY_BYTES
          + " bytes (AES-256), is " + bytes.length);
    }
    return new SecretKeySpec(bytes, "AES");
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
