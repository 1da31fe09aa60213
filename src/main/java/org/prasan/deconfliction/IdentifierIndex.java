package org.prasan.deconfliction;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.prasan.casefile.CaseStatus;
import org.prasan.intake.IdentifierType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Our index of identifiers ({@code case_identifier}, index on type and normalised value): every
 * match is one equality lookup, however many identifiers are stored.
 */
@Repository
public class IdentifierIndex {

  private final JdbcClient jdbc;
  private final IdentifierNormalizer normalizer;
  private final Clock clock;

  public IdentifierIndex(JdbcClient jdbc, IdentifierNormalizer normalizer, Clock clock) {
    this.jdbc = jdbc;
    this.normalizer = normalizer;
    this.clock = clock;
  }

  /** Adds an identifier unless the case already has it; answers its normalised value. */
  public Indexed add(String caseId, IdentifierType type, String rawValue, String addedBy) {
    String raw = rawValue.strip();
    String normalized = normalizer.normalize(type, raw);
    boolean known = jdbc.sql("""
            SELECT COUNT(*) FROM case_identifier
            WHERE case_id = :caseId AND type = :type AND normalized_value = :normalized""")
        .param("caseId", caseId)
        .param("type", type.name())
        .param("normalized", normalized)
        .query(Long.class).single() > 0;
    if (!known) {
      jdbc.sql("""
              INSERT INTO case_identifier (case_id, type, raw_value, normalized_value, added_by,
                                           added_at)
              VALUES (:caseId, :type, :raw, :normalized, :addedBy, :addedAt)""")
          .param("caseId", caseId)
          .param("type", type.name())
          .param("raw", raw)
          .param("normalized", normalized)
          .param("addedBy", addedBy)
          .param("addedAt", Timestamp.from(clock.instant()))
          .update();
    }
    return new Indexed(type, raw, normalized, !known);
  }

  /** Every identifier another open case shares with this one. */
  public List<Match> matchesOf(String caseId) {
    return jdbc.sql("""
            SELECT DISTINCT other.case_id, other.type, other.normalized_value
            FROM case_identifier mine
            JOIN case_identifier other ON other.type = mine.type
                 AND other.normalized_value = mine.normalized_value
                 AND other.case_id <> mine.case_id
            JOIN case_file f ON f.case_id = other.case_id AND f.status = :open
            WHERE mine.case_id = :caseId
            ORDER BY other.case_id, other.type, other.normalized_value""")
        .param("caseId", caseId)
        .param("open", CaseStatus.OPEN.name())
        .query(Match.class)
        .list();
  }

  /** The open cases that name this identifier. */
  public List<String> openCasesWith(IdentifierType type, String normalizedValue) {
    return jdbc.sql("""
            SELECT DISTINCT i.case_id FROM case_identifier i
            JOIN case_file f ON f.case_id = i.case_id AND f.status = :open
            WHERE i.type = :type AND i.normalized_value = :normalized""")
        .param("type", type.name())
        .param("normalized", normalizedValue)
        .param("open", CaseStatus.OPEN.name())
        .query(String.class)
        .list();
  }

  public List<Identifier> identifiersOf(String caseId) {
    return jdbc.sql("""
            SELECT type, raw_value, normalized_value, merged_from FROM case_identifier
            WHERE case_id = :caseId ORDER BY id""")
        .param("caseId", caseId)
        .query(Identifier.class)
        .list();
  }

  /** A merge: the merged case's identifiers go on under the surviving case, marked as moved. */
  public int move(String mergedCaseId, String survivingCaseId) {
    return jdbc.sql("""
            UPDATE case_identifier SET case_id = :surviving,
                   merged_from = COALESCE(merged_from, :merged)
            WHERE case_id = :merged""")
        .param("surviving", survivingCaseId)
        .param("merged", mergedCaseId)
        .update();
  }

  /** An identifier just indexed; {@code added} is false when the case had it already. */
  public record Indexed(IdentifierType type, String value, String normalizedValue,
                        boolean added) {
  }

  /** Another case naming the same identifier. */
  public record Match(String caseId, String type, String normalizedValue) {

    public String describe() {
      return type + " " + normalizedValue;
    }
  }

  /** An identifier of a case, as written and as matched. */
  public record Identifier(String type, String rawValue, String normalizedValue,
                           String mergedFrom) {
  }
}
