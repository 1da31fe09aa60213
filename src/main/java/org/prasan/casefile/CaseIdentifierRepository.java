package org.prasan.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Identifiers (phones, e-mails, accounts...) named on a case, kept for deconfliction. */
@Repository
public class CaseIdentifierRepository {

  private final JdbcClient jdbc;

  public CaseIdentifierRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
        .param("addedAt", Timestamp.from(Instant.now()))
        .update();
  }
}
