package org.prasan.victim;

import java.time.Instant;
import java.time.LocalDate;

/** What {@code GET /api/victims/{victimRef}} answers to those who may read the vault. */
public record VictimIdentity(
    String victimRef,
    String caseId,
    String fullName,
    LocalDate dateOfBirth,
    String nationality,
    String documentNumber,
    String contact,
    String guardian,
    String ageBand,
    boolean child,
    boolean foreign,
    String recordedBy,
    Instant recordedAt) {

  /** The encrypted part of a vault record. */
  record Sealed(String fullName, LocalDate dateOfBirth, String nationality,
                String documentNumber, String contact, String guardian) {

    static Sealed of(VictimIdentityRequest request) {
      return new Sealed(request.fullName().strip(), request.dateOfBirth(), request.nationality(),
          request.documentNumber().strip(), request.contact(), request.guardian());
    }
  }
}
