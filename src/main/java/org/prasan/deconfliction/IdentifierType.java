package org.prasan.deconfliction;

/** Kinds of identifier that link tips and cases to the same people or network. */
public enum IdentifierType {
  PHONE,
  EMAIL,
  URL,
  HANDLE,
  PASSPORT,
  BANK_ACCOUNT
}
