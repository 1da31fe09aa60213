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
 * the groupings made. Suggestions come from what Prasan holds, each with its reason: an
 * identifier of a victim that an open case names in the deconfliction index
 * ({@code case_identifier}: the document number as PASSPORT, the recruiter's phone as PHONE,
 * the network's handle as HANDLE: join that case); victims whose screenings recorded the same
 * compound, recruiter (phone or name) or network (a new joint case each, as the law's joint
 * case is one per compound, recruiter or network); and, last, victims screened in the same
 * exploitation sector. Sealed rows (identity and links) are opened in memory only to match;
 * the answer holds refs, codes, case ids and a compound's name, never a person's name, phone,
 * handle or document number.
 */
@Service
class GroupingBoard {

  /** The ungrouped victims shown (and matched), by list ref; grouping them shows the next. */
  static final int SHOWN = 500;
  static final String DOCUMENT_IN_CASE = "DOCUMENT_IN_CASE";
  static final String RECRUITER_IN_CASE = "RECRUITER_IN_CASE";
  static final String NETWORK_IN_CASE = "NETWORK_IN_CASE";
  static final String SAME_COMPOUND = "SAME_COMPOUND";
  static final String SAME_RECRUITER = "SAME_RECRUITER";
  static final String SAME_NETWORK = "SAME_NETWORK";
  static final String SAME_SECTOR = "SAME_SECTOR";

  private final JdbcClient jdbc;
  private final PersonSeals seals;
  private final IdentifierIndex identifiers;
  private final IdentifierNormalizer normalizer;
  private final PersonLinks personLinks;

  GroupingBoard(JdbcClient jdbc, PersonSeals seals, IdentifierIndex identifiers,
                IdentifierNormalizer normalizer, PersonLinks personLinks) {
    this.personLinks = personLinks;
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
   * A suggested group and its reason ({@code basis}, {@code matchedBy}: the kinds of
   * identifier that matched, never their values): {@code DOCUMENT_IN_CASE},
   * {@code RECRUITER_IN_CASE}, {@code NETWORK_IN_CASE} (join {@code caseId}, an open case
   * naming their document number, recruiter's phone, network handle); {@code SAME_COMPOUND}
   * ({@code compound}: its name and location as first recorded), {@code SAME_RECRUITER}
   * (PHONE and/or NAME), {@code SAME_NETWORK} (HANDLE), {@code SAME_SECTOR} ({@code sector}):
   * a new case for two or more victims.
   */
  record Suggestion(String basis, String caseId, String sector, String compound,
                    List<String> matchedBy, List<String> personRefs) {
  }

  /** A grouping made: which case, new or not, by whom, when, how many people. */
  record Made(String groupingId, String caseId, boolean newCase, String caseName,
              String groupedBy, Instant groupedAt, long people) {
  }

  Board of(Operation operation) {
    String operationId = operation.operationId();
    String identified = "p.operation_id = :operation AND p.case_id IS NULL AND p.outcome IN ("
        + "'" + ScreeningOutcome.VICTIM.name() + "', '" + ScreeningOutcome.VICTIM_COMPELLED.name()
        + "')";
    long total = jdbc.sql("SELECT COUNT(*) FROM screening_person p WHERE " + identified)
        .param("operation", operationId).query(Long.class).single();
    List<Victim> victims = new ArrayList<>();
    Map<String, String> documents = new LinkedHashMap<>();
    Map<String, PersonLinks.Links> links = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT p.person_ref, p.list_ref, p.age_band, p.child, p.sex, p.nationality,
                   p.languages, p.outcome, p.exploitation_sector, p.key_id,
                   p.identity_ciphertext, l.key_id AS links_key_id, l.links_ciphertext
            FROM screening_person p
            LEFT JOIN screening_person_link l ON l.person_ref = p.person_ref"""
            + " WHERE " + identified + " ORDER BY p.list_ref LIMIT " + SHOWN)
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
          byte[] sealedLinks = rs.getBytes("links_ciphertext");
          if (sealedLinks != null) {
            links.put(personRef, personLinks.open(sealedLinks, personRef, operationId,
                rs.getString("links_key_id")));
          }
        });
    List<Suggestion> suggestions = new ArrayList<>();
    inCases(suggestions, DOCUMENT_IN_CASE, IdentifierType.PASSPORT, documents);
    Map<String, String> phones = new LinkedHashMap<>();
    Map<String, String> handles = new LinkedHashMap<>();
    links.forEach((personRef, found) -> {
      if (found.recruiterPhone() != null) {
        phones.put(personRef, PersonLinks.phoneKey(normalizer, found.recruiterPhone()));
      }
      if (found.networkHandle() != null) {
        handles.put(personRef, PersonLinks.handleKey(normalizer, found.networkHandle()));
      }
    });
    inCases(suggestions, RECRUITER_IN_CASE, IdentifierType.PHONE, phones);
    inCases(suggestions, NETWORK_IN_CASE, IdentifierType.HANDLE, handles);
    suggestions.addAll(shared(links));
    Map<String, List<String>> bySector = new LinkedHashMap<>();
    victims.stream().filter(victim -> victim.sector() != null)
        .forEach(victim -> bySector.computeIfAbsent(victim.sector(), sector -> new ArrayList<>())
            .add(victim.personRef()));
    bySector.forEach((sector, refs) -> {
      if (refs.size() > 1) {
        suggestions.add(new Suggestion(SAME_SECTOR, null, sector, null, List.of(),
            List.copyOf(refs)));
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

  /** Open cases naming a person's identifier of this type (the deconfliction index): join. */
  private void inCases(List<Suggestion> suggestions, String basis, IdentifierType type,
                       Map<String, String> byPerson) {
    if (byPerson.isEmpty()) {
      return;
    }
    Map<String, List<String>> casesNaming = identifiers.openCasesNaming(type, byPerson.values());
    Map<String, List<String>> byCase = new LinkedHashMap<>();
    byPerson.forEach((personRef, value) -> casesNaming.getOrDefault(value, List.of())
        .forEach(caseId -> byCase.computeIfAbsent(caseId, id -> new ArrayList<>())
            .add(personRef)));
    byCase.forEach((caseId, refs) -> suggestions.add(new Suggestion(basis, caseId, null, null,
        List.of(type.name()), List.copyOf(refs))));
  }

  /**
   * Victims sharing a compound (by name), a recruiter (by phone or name: one group whichever
   * of them two victims share) or a network (by handle), two or more: a new joint case each.
   * The compound's name is shown as first written (it names a place, not a person); a
   * recruiter's name, phone or handle never: only which of them matched.
   */
  static List<Suggestion> shared(Map<String, PersonLinks.Links> links) {
    List<Suggestion> suggestions = new ArrayList<>();
    Map<String, List<String>> byCompound = new LinkedHashMap<>();
    Map<String, String> compoundNames = new LinkedHashMap<>();
    links.forEach((personRef, found) -> {
      String key = PersonLinks.nameKey(found.compoundName());
      if (key != null && !key.isEmpty()) {
        byCompound.computeIfAbsent(key, k -> new ArrayList<>()).add(personRef);
        compoundNames.putIfAbsent(key, found.compoundName()
            + (found.compoundLocation() != null ? " (" + found.compoundLocation() + ")" : ""));
      }
    });
    byCompound.forEach((key, refs) -> {
      if (refs.size() > 1) {
        suggestions.add(new Suggestion(SAME_COMPOUND, null, null, compoundNames.get(key),
            List.of("COMPOUND"), List.copyOf(refs)));
      }
    });
    IdentifierNormalizer normalizer = new IdentifierNormalizer();
    suggestions.addAll(joined(SAME_RECRUITER, links, Map.of(
        "PHONE", found -> PersonLinks.phoneKey(normalizer, found.recruiterPhone()),
        "NAME", found -> PersonLinks.nameKey(found.recruiterName()))));
    suggestions.addAll(joined(SAME_NETWORK, links, Map.of(
        "HANDLE", found -> PersonLinks.handleKey(normalizer, found.networkHandle()))));
    return suggestions;
  }

  /**
   * Groups of persons linked by any of the keys (a person sharing a phone with one and a name
   * with another joins both in one group), two or more, with the kinds of key that matched.
   */
  private static List<Suggestion> joined(String basis, Map<String, PersonLinks.Links> links,
      Map<String, java.util.function.Function<PersonLinks.Links, String>> keys) {
    Map<String, String> parent = new LinkedHashMap<>();
    links.keySet().forEach(ref -> parent.put(ref, ref));
    Map<String, java.util.Set<String>> matchedKinds = new LinkedHashMap<>();
    for (String kind : new java.util.TreeSet<>(keys.keySet())) {
      Map<String, String> firstWith = new LinkedHashMap<>();
      links.forEach((personRef, found) -> {
        String key = keys.get(kind).apply(found);
        if (key == null || key.isEmpty()) {
          return;
        }
        String first = firstWith.putIfAbsent(key, personRef);
        if (first != null) {
          String root = root(parent, first);
          String other = root(parent, personRef);
          java.util.Set<String> kinds = new java.util.TreeSet<>();
          kinds.add(kind);
          kinds.addAll(matchedKinds.getOrDefault(root, java.util.Set.of()));
          kinds.addAll(matchedKinds.getOrDefault(other, java.util.Set.of()));
          parent.put(other, root);
          matchedKinds.remove(other);
          matchedKinds.put(root, kinds);
        }
      });
    }
    Map<String, List<String>> groups = new LinkedHashMap<>();
    links.keySet().forEach(ref -> groups.computeIfAbsent(root(parent, ref),
        r -> new ArrayList<>()).add(ref));
    List<Suggestion> suggestions = new ArrayList<>();
    groups.forEach((root, refs) -> {
      if (refs.size() > 1) {
        suggestions.add(new Suggestion(basis, null, null, null,
            List.copyOf(matchedKinds.getOrDefault(root, java.util.Set.of())),
            List.copyOf(refs)));
      }
    });
    return suggestions;
  }

  private static String root(Map<String, String> parent, String ref) {
    String root = ref;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    return root;
  }
}
