package org.prasan.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prasan.deconfliction.IdentifierIndex;
import org.prasan.deconfliction.IdentifierNormalizer;
import org.prasan.deconfliction.IdentifierType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the coordinator groups ({@code GET /api/screenings/{operationId}/groupings}): the
 * operation's identified victims not yet in a case, the groups Prasan suggests for them, and
 * the groupings made. Suggestions come from what Prasan holds: a victim's document number
 * named as an identifier of an open case ({@code case_identifier}, type PASSPORT: join that
 * case), and victims whose screenings recorded the same exploitation sector (a new joint case
 * for them). Sealed rows are opened in memory only to match document numbers; the answer
 * holds refs, codes and case ids, never a name or a document number.
 */
@Service
class GroupingBoard {

  /** The ungrouped victims shown (and matched), by list ref; grouping them shows the next. */
  static final int SHOWN = 500;
  static final String DOCUMENT_IN_CASE = "DOCUMENT_IN_CASE";
  static final String SAME_SECTOR = "SAME_SECTOR";

  private final JdbcClient jdbc;
  private final PersonSeals seals;
  private final IdentifierIndex identifiers;
  private final IdentifierNormalizer normalizer;

  GroupingBoard(JdbcClient jdbc, PersonSeals seals, IdentifierIndex identifiers,
                IdentifierNormalizer normalizer) {
    this.jdbc = jdbc;
    this.seals = seals;
    this.identifiers = identifiers;
    this.normalizer = normalizer;
  }

  /** The board of one operation. */
  record Board(String operationId, long ungroupedTotal, List<Victim> ungrouped,
               List<Suggestion> suggestions, List<Made> groupings) {
  }

  /** An identified victim not yet in a case: refs and codes only. */
  record Victim(String personRef, String listRef, String ageBand, boolean child, String sex,
                String nationality, List<String> languages, String outcome, String sector) {
  }

  /**
   * A suggested group: {@code DOCUMENT_IN_CASE} (join {@code caseId}, an open case naming
   * their document number) or {@code SAME_SECTOR} (a new case for two or more victims of
   * {@code sector}).
   */
  record Suggestion(String basis, String caseId, String sector, List<String> personRefs) {
  }

  /** A grouping made: which case, new or not, by whom, when, how many people. */
  record Made(String groupingId, String caseId, boolean newCase, String caseName,
              String groupedBy, Instant groupedAt, long people) {
  }

  Board of(Operation operation) {
    String operationId = operation.operationId();
    String identified = "operation_id = :operation AND case_id IS NULL AND outcome IN ("
        + "'" + ScreeningOutcome.VICTIM.name() + "', '" + ScreeningOutcome.VICTIM_COMPELLED.name()
        + "')";
    long total = jdbc.sql("SELECT COUNT(*) FROM screening_person WHERE " + identified)
        .param("operation", operationId).query(Long.class).single();
    List<Victim> victims = new ArrayList<>();
    Map<String, String> documents = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT person_ref, list_ref, age_band, child, sex, nationality, languages, outcome,
                   exploitation_sector, key_id, identity_ciphertext
            FROM screening_person""" + " WHERE " + identified + " ORDER BY list_ref LIMIT " + SHOWN)
        .param("operation", operationId)
        .query(rs -> {
          String personRef = rs.getString("person_ref");
          victims.add(new Victim(personRef, rs.getString("list_ref"), rs.getString("age_band"),
              rs.getBoolean("child"), rs.getString("sex"), rs.getString("nationality"),
              Arrays.asList(rs.getString("languages").split(";")), rs.getString("outcome"),
              rs.getString("exploitation_sector")));
          String document = seals.open(rs.getBytes("identity_ciphertext"), personRef,
              operationId, rs.getString("key_id")).documentNumber();
          if (document != null && !document.isBlank()) {
            documents.put(personRef, normalizer.normalize(IdentifierType.PASSPORT, document));
          }
        });
    List<Suggestion> suggestions = new ArrayList<>();
    Map<String, List<String>> casesNaming = identifiers.openCasesNaming(IdentifierType.PASSPORT,
        documents.values());
    Map<String, List<String>> byCase = new LinkedHashMap<>();
    documents.forEach((personRef, document) -> casesNaming.getOrDefault(document, List.of())
        .forEach(caseId -> byCase.computeIfAbsent(caseId, id -> new ArrayList<>())
            .add(personRef)));
    byCase.forEach((caseId, refs) ->
        suggestions.add(new Suggestion(DOCUMENT_IN_CASE, caseId, null, List.copyOf(refs))));
    Map<String, List<String>> bySector = new LinkedHashMap<>();
    victims.stream().filter(victim -> victim.sector() != null)
        .forEach(victim -> bySector.computeIfAbsent(victim.sector(), sector -> new ArrayList<>())
            .add(victim.personRef()));
    bySector.forEach((sector, refs) -> {
      if (refs.size() > 1) {
        suggestions.add(new Suggestion(SAME_SECTOR, null, sector, List.copyOf(refs)));
      }
    });
    List<Made> made = jdbc.sql("""
            SELECT g.grouping_id, g.case_id, g.new_case, g.case_name, g.grouped_by, g.grouped_at,
                   (SELECT COUNT(*) FROM screening_grouping_person p
                    WHERE p.grouping_id = g.grouping_id) AS people
            FROM screening_grouping g WHERE g.operation_id = :operation
            ORDER BY g.grouped_at DESC, g.grouping_id LIMIT 100""")
        .param("operation", operationId)
        .query((rs, row) -> new Made(rs.getString("grouping_id"), rs.getString("case_id"),
            rs.getBoolean("new_case"), rs.getString("case_name"), rs.getString("grouped_by"),
            rs.getTimestamp("grouped_at").toInstant(), rs.getLong("people")))
        .list();
    return new Board(operationId, total, victims, suggestions, made);
  }
}
