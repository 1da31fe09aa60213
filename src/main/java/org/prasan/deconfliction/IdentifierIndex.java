package org.prasan.deconfliction;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseStatus;
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
  private final CaseFileRepository cases;

  public IdentifierIndex(JdbcClient jdbc, IdentifierNormalizer normalizer, Clock clock,
                         CaseFileRepository cases) {
    this.cases = cases;
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

  /**
   * Every identifier another open case shares with this one, in one statement: the open
   * cases are found by joining their records (status {@code OPEN}, as
   * {@link CaseFileRepository#openAmong} answers), not by asking again with an {@code IN} list
   * of every match (a new statement text for every number of matches: a phone on 1,000 cases
   * made each tip prepare a statement of 1,000 parameters, issue 20).
   */
  public List<Match> matchesOf(String caseId) {
    return jdbc.sql("""
            SELECT DISTINCT other.case_id, other.type, other.normalized_value
            FROM case_identifier mine
            JOIN case_identifier other ON other.type = mine.type
                 AND other.normalized_value = mine.normalized_value
                 AND other.case_id <> mine.case_id
            JOIN case_file other_case ON other_case.case_id = other.case_id
                 AND other_case.status = :open
            WHERE mine.case_id = :caseId
            ORDER BY other.case_id, other.type, other.normalized_value""")
        .param("caseId", caseId)
        .param("open", CaseStatus.OPEN.name())
        .query(Match.class)
        .list();
  }

  /** The open cases that name this identifier. */
  public List<String> openCasesWith(IdentifierType type, String normalizedValue) {
    List<String> naming = jdbc.sql("""
            SELECT DISTINCT case_id FROM case_identifier
            WHERE type = :type AND normalized_value = :normalized""")
        .param("type", type.name())
        .param("normalized", normalizedValue)
        .query(String.class)
        .list();
    Set<String> open = cases.openAmong(naming);
    return naming.stream().filter(open::contains).toList();
  }

  /**
   * The open cases naming any of these identifiers of one type, by normalised value (values no
   * open case names are absent): one statement per 500 values.
   */
  public java.util.Map<String, List<String>> openCasesNaming(IdentifierType type,
                                                            java.util.Collection<String> values) {
    List<String> distinct = values.stream().distinct().toList();
    java.util.Map<String, List<String>> naming = new java.util.LinkedHashMap<>();
    for (int from = 0; from < distinct.size(); from += 500) {
      jdbc.sql("""
              SELECT DISTINCT normalized_value, case_id FROM case_identifier
              WHERE type = :type AND normalized_value IN (:values)
              ORDER BY normalized_value, case_id""")
          .param("type", type.name())
          .param("values", distinct.subList(from, Math.min(distinct.size(), from + 500)))
          .query(rs -> {
            naming.computeIfAbsent(rs.getString(1), value -> new java.util.ArrayList<>())
                .add(rs.getString(2));
          });
    }
    Set<String> open = cases.openAmong(naming.values().stream().flatMap(List::stream)
        .collect(Collectors.toSet()));
    naming.values().forEach(caseIds -> caseIds.retainAll(open));
    naming.values().removeIf(List::isEmpty);
    return naming;
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
