package org.prasan.victim;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the vault's keys come from ({@code prasan.vault}), in this order: a PKCS12 keystore
 * ({@code keystore}, {@code keystore-password}, {@code active-key} naming the alias that
 * encrypts; every other secret-key alias still decrypts), or one key from the environment
 * ({@code PRASAN_VAULT_KEY}, base64 of 32 bytes, named {@code PRASAN_VAULT_KEY_ID}; older keys
 * that still decrypt in {@code PRASAN_VAULT_PREVIOUS_KEYS} as {@code id:base64,id:base64}).
 * Without either, the default and test profiles use a demo key ({@code demo-keystore}, a file
 * created on first start, or a key held in memory when it is empty); other profiles refuse to
 * start. Never put a real key in application.yaml or the repository. Who reads and writes
 * identities: the agencies with the role {@code VICTIM_IDENTITIES} in sop.yaml, and the case's
 * lead agency (casefile/CaseAccess).
 */
@ConfigurationProperties("prasan.vault")
public record VaultProperties(
    String keystore,
    String keystorePassword,
    String activeKey,
    String key,
    String keyId,
    String previousKeys,
    String demoKeystore) {
}
