package org.prasan.victim;

import java.time.LocalDate;

/**
 * A victim identified in a mass screening, as the screening's sealed list row gives them: a
 * birth date or only the age band of an estimated age, a document number or none. It reaches
 * the vault only in memory ({@link VictimVault#recordScreened}), never a process or a log.
 */
public record ScreenedIdentity(String fullName, LocalDate dateOfBirth, String nationality,
                               String documentNumber, AgeBand ageBand,
                               boolean questionedAsChild) {
}
