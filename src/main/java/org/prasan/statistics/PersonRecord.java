package org.prasan.statistics;

import java.time.LocalDate;

/**
 * One identified victim as HTCDS v2.0 records a person in a victim context: refs and codes,
 * never a name or a document number. Groups recorded together are split person by person.
 *
 * @param personRef the case id and the person's place in the identification, e.g.
 *     {@code TIP-2026-000123-V2-3}: it names no one and is not the vault's victimRef
 * @param ageBand {@code 0-14}, {@code 15-17}, {@code 0-17} (a child of a mixed group) or
 *     {@code 18+}
 */
public record PersonRecord(String caseRef, String personRef, LocalDate identified,
                           String province, String gender, String ageBand, String citizenship,
                           Exploitation exploitation, Sector sector) {

  public int year() {
    return identified.getYear();
  }
}
