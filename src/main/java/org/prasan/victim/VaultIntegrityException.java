package org.prasan.victim;

/** A vault record that does not decrypt: its bytes changed, or its key is not loaded. */
public class VaultIntegrityException extends RuntimeException {

  public VaultIntegrityException(String message, Throwable cause) {
    super(message, cause);
  }
}
