package org.prasan.deconfliction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code case_overlap} and what merges carried over. */
@Repository
public class OverlapRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  public OverlapRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public boolean pairKnown(String oneCase, String otherCase) {
    return jdbc.sql("SELECT COUNT(*) FROM case_overlap WHERE pair_key = :pair")
        .param("pair", Overlap.pairKey(oneCase, otherCase))
        .query(Long.class).single() > 0;
  }

  /** A new open overlap; the unique pair key refuses a second review of the same two cases. */
  public long insert(String caseId, String otherCaseId, String matchedIdentifiers) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO case_overlap (case_id, other_case_id, pair_key, matched_identifiers,
                                      status, created_at)
            VALUES (:caseId, :other, :pair, :matched, :status, :createdAt)""")
        .param("caseId", caseId)
        .param("other", otherCaseId)
        .param("pair", Overlap.pairKey(caseId, otherCaseId))
        .param("matched", matchedIdentifiers.length() > 2000
            ? matchedIdentifiers.substring(0, 1999) + "…" : matchedIdentifiers)
        .param("status", Overlap.Status.OPEN.name())
        .param("createdAt", now())
        .update(key, "id");
    return key.getKey().longValue();
  }

  public void attachProcessInstance(long overlapId, String processInstanceId) {
    jdbc.sql("UPDATE case_overlap SET process_instance_id = :pid WHERE id = :id")
        .param("pid", processInstanceId)
        .param("id", overlapId)
        .update();
  }

  public void decide(long overlapId, Overlap.Status status, String survivingCaseId,
                     String reason, String decidedBy) {
    jdbc.sql("""
            UPDATE case_overlap SET status = :status, surviving_case_id = :surviving,
                   reason = :reason, decided_by = :by, decided_at = :at
            WHERE id = :id""")
        .param("status", status.name())
        .param("surviving", survivingCaseId)
        .param("reason", reason)
        .param("by", decidedBy)
        .param("at", now())
        .param("id", overlapId)
        .update();
  }

  public Optional<Overlap> find(long overlapId) {
    return jdbc.sql("SELECT * FROM case_overlap WHERE id = :id")
        .param("id", overlapId)
        .query(OverlapRepository::overlap)
        .optional();
  }

  /** Every overlap either side of which is the case. */
  public List<Overlap> involving(String caseId) {
    return jdbc.sql("""
            SELECT * FROM case_overlap WHERE case_id = :caseId OR other_case_id = :caseId
            ORDER BY id""")
        .param("caseId", caseId)
        .query(OverlapRepository::overlap)
        .list();
  }

  public void carryOver(long overlapId, String mergedCaseId, String survivingCaseId,
                        String variableName, String variableType, String valueText,
                        boolean truncated) {
    jdbc.sql("""
            INSERT INTO case_merge_carryover (overlap_id, merged_case_id, surviving_case_id,
                   variable_name, variable_type, value_text, truncated)
            VALUES (:overlap, :merged, :surviving, :name, :type, :value, :truncated)""")
        .param("overlap", overlapId)
        .param("merged", mergedCaseId)
        .param("surviving", survivingCaseId)
        .param("name", variableName)
        .param("type", variableType)
        .param("value", valueText)
        .param("truncated", truncated)
        .update();
  }

  public List<CarriedOver> carriedOverTo(String survivingCaseId) {
    return jdbc.sql("""
            SELECT merged_case_id, variable_name, variable_type, value_text, truncated
            FROM case_merge_carryover WHERE surviving_case_id = :caseId ORDER BY id""")
        .param("caseId", survivingCaseId)
        .query(CarriedOver.class)
        .list();
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private static Overlap overlap(ResultSet rs, int row) throws SQLException {
    return new Overlap(rs.getLong("id"), rs.getString("case_id"), rs.getString("other_case_id"),
        rs.getString("matched_identifiers"), Overlap.Status.valueOf(rs.getString("status")),
        rs.getString("process_instance_id"), rs.getString("surviving_case_id"),
        rs.getString("reason"));
  }

  /** A process variable of a merged case, kept with the case it was merged into. */
  public record CarriedOver(String mergedCaseId, String variableName, String variableType,
                            String valueText, boolean truncated) {
  }
}
