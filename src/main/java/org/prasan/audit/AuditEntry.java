package org.prasan.audit;

import java.time.Instant;

/**
 * One thing done on a case: when, by whom (null when the system did it), what, and where the
 * record comes from ({@code engine}: the engine's history; {@code prasan}: our own tables).
 */
public record AuditEntry(Instant at, String actor, String action, String detail,
                         String source) {

  static final String ENGINE = "engine";
  static final String PRASAN = "prasan";
}
