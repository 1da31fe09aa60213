package org.prasan.deconfliction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code case_overlap} and what merges carried over. */
@Repository
public class OverlapRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;
  private final Clock clock;

  public OverlapRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
    this.clock = clock;
  }

  public boolean pairKnown(String oneCase, String otherCase) {
    return jdbc.sql("SELECT COUNT(*) FROM case_overlap WHERE pair_key = :pair")
        .param("pair", Overlap.pairKey(oneCase, otherCase))
        .query(Long.class).single() > 0;
  }

  /** The cases that already have an overlap (of any status) with the case: one query. */
  public Set<String> knownOthers(String caseId) {
    return new HashSet<>(jdbc.sql("""
            SELECT other_case_id FROM case_overlap WHERE case_id = :caseId
            UNION SELECT case_id FROM case_overlap WHERE other_case_id = :caseId""")
        .param("caseId", caseId)
        .query(String.class)
        .list());
  }

  /**
   * The first open overlap of a review, before its process starts: its id is the review's
   * {@code overlapId}. The unique pair key refuses it if the pair has a review already.
   */
  public long insertFirstOfReview(String caseId, String otherCaseId, String matched) {
    return insert(caseId, otherCaseId, matched);
  }

  /**
   * The review's other open overlaps, one per other case, in one batch written with the
   * review's process instance (and the first row given it), so no row is written twice: a
   * phone on 1,000 cases was 1,000 inserts and then 1,000 updates (issue 20). The unique pair
   * key refuses the whole batch if any pair has a review already.
   */
  public void insertRestOfReview(long firstOverlapId, String caseId,
                                 Map<String, String> matchedByOtherCase,
                                 String processInstanceId) {
    attachProcessInstance(firstOverlapId, processInstanceId);
    if (matchedByOtherCase.isEmpty()) {
      return;
    }
    Timestamp createdAt = now();
    List<Object[]> rows = new ArrayList<>();
    matchedByOtherCase.forEach((other, matched) -> rows.add(new Object[] {caseId, other,
        Overlap.pairKey(caseId, other), truncated(matched), Overlap.Status.OPEN.name(),
        createdAt, processInstanceId}));
    jdbcTemplate.batchUpdate("""
        INSERT INTO case_overlap (case_id, other_case_id, pair_key, matched_identifiers,
                                  status, created_at, process_instance_id)
        VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
  }

  /** The open overlaps of one review process, in the order they were found. */
  public List<Overlap> openOfReview(String processInstanceId) {
    return jdbc.sql("""
            SELECT * FROM case_overlap WHERE process_instance_id = :pid AND status = :open
            ORDER BY id""")
        .param("pid", processInstanceId)
        .param("open", Overlap.Status.OPEN.name())
        .query(OverlapRepository::overlap)
        .list();
  }

  /** Decides every listed overlap the same way. */
  public void decideAll(List<Long> overlapIds, Overlap.Status status, String reason,
                        String decidedBy) {
    jdbc.sql("""
            UPDATE case_overlap SET status = :status, reason = :reason, decided_by = :by,
                   decided_at = :at
            WHERE id IN (:ids) AND status = :open""")
        .param("status", status.name())
        .param("reason", reason)
        .param("by", decidedBy)
        .param("at", now())
        .param("ids", overlapIds)
        .param("open", Overlap.Status.OPEN.name())
        .update();
  }

  private static String truncated(String matchedIdentifiers) {
    return matchedIdentifiers.length() > 2000
        ? matchedIdentifiers.substring(0, 1999) + "…" : matchedIdentifiers;
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
        .param("matched", truncated(matchedIdentifiers))
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
