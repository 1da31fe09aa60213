package org.prasan.victim;

/**
 * Rows kept outside the vault's own table but sealed under its keys (a screening list's
 * people): {@code POST /api/vault/rekey} re-encrypts them too, so that an older key can be
 * retired once the rekey answers 0. The vault knows them by this interface only; the feature
 * that owns the rows opens and seals them again in its own memory.
 */
public interface VaultSealedRows {

  /** The answer's name for these rows ("screeningPeople"). */
  String kind();

  /** Re-encrypts every row not under the ring's active key; answers how many moved. */
  int rekey(VaultKeyRing keys);
}
