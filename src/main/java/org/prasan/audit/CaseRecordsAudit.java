package org.prasan.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What our own tables remember of a case, as audit entries. Values that could identify a
 * person (identifiers, victims' identities) are named by type or reference only.
 */
@Repository
public class CaseRecordsAudit {

  private final JdbcClient jdbc;

  public CaseRecordsAudit(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<AuditEntry> of(String caseId) {
    List<AuditEntry> entries = new ArrayList<>();
    entries.addAll(query("""
        SELECT created_at AS at, created_by AS actor, 'TIP_RECEIVED' AS action,
               CONCAT('Tip from ', source) AS detail
        FROM case_file WHERE case_id = :caseId""", caseId));
    entries.addAll(query("""
        SELECT added_at AS at, added_by AS actor, 'IDENTIFIER_ADDED' AS action,
               CONCAT('Identifier of type ', type) AS detail
        FROM case_identifier WHERE case_id = :caseId""", caseId));
    entries.addAll(query("""
        SELECT claimed_at AS at, claimed_by AS actor, 'LEAD_CLAIMED' AS action,
               CONCAT('Lead claimed for ', agency, ' (', status, ')') AS detail
        FROM case_claim WHERE case_id = :caseId""", caseId));
    entries.addAll(query("""
        SELECT decided_at AS at, decided_by AS actor, 'LEAD_DECIDED' AS action,
               CONCAT('Lead: ', COALESCE(lead_agency, 'unchanged')) AS detail
        FROM claim_resolution WHERE case_id = :caseId AND decided_at IS NOT NULL""", caseId));
    entries.addAll(query("""
        SELECT requested_at AS at, requested_by AS actor, 'SPECIAL_CASE_REQUESTED' AS action,
               CONCAT('DSI special case request: ', status) AS detail
        FROM special_case_request WHERE case_id = :caseId""", caseId));
    entries.addAll(query("""
        SELECT handed_over_at AS at, NULL AS actor,
               'TASK_HANDED_OVER' AS action,
               CONCAT(task_definition_key, ' from ', from_agency, ' to ', to_agency) AS detail
        FROM lead_handover WHERE case_id = :caseId""", caseId));
    entries.addAll(query("""
        SELECT created_at AS at, NULL AS actor,
               'AGENCY_TOLD' AS action, CONCAT(agency, ': ', subject) AS detail
        FROM agency_notification WHERE case_id = :caseId""", caseId));
    entries.addAll(query("""
        SELECT accessed_at AS at, actor, CONCAT('VICTIM_', action) AS action,
               COALESCE(victim_ref, '-') AS detail
        FROM victim_access WHERE case_id = :caseId""", caseId));
    entries.addAll(query("""
        SELECT c.recorded_at AS at, c.recorded_by AS actor,
               CONCAT('EXHIBIT_', c.action) AS action,
               CONCAT(c.exhibit_id, ' #', c.seq, ' to ', c.to_agency, ': ',
                      c.purpose) AS detail
        FROM evidence_custody c JOIN evidence_exhibit e ON e.exhibit_id = c.exhibit_id
        WHERE e.case_id = :caseId""", caseId));
    return entries;
  }

  private List<AuditEntry> query(String sql, String caseId) {
    return jdbc.sql(sql).param("caseId", caseId)
        .query((rs, row) -> new AuditEntry(instant(rs.getTimestamp("at")),
            rs.getString("actor"), rs.getString("action"), rs.getString("detail"),
            AuditEntry.PRASAN))
        .list();
  }

  private static java.time.Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
