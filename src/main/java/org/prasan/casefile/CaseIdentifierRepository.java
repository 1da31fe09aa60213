package org.prasan.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Identifiers (phones, e-mails, accounts...) named on a case, kept for deconfliction. */
@Repository
public class CaseIdentifierRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  public CaseIdentifierRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void insert(String caseId, String type, String rawValue, String normalizedValue,
                     String addedBy) {
    jdbc.sql("""
            INSERT INTO case_identifier (case_id, type, raw_value, normalized_value, added_by,
                                         added_at)
            VALUES (:caseId, :type, :raw, :normalized, :addedBy, :addedAt)""")
        .param("caseId", caseId)
        .param("type", type)
        .param("raw", rawValue)
        .param("normalized", normalizedValue)
        .param("addedBy", addedBy)
        .param("addedAt", Timestamp.from(clock.instant()))
        .update();
  }
}
