package org.prasan.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseId;
import org.prasan.intake.Indicator;
import org.prasan.intake.IntakeService;
import org.prasan.intake.Province;
import org.prasan.intake.TipAccepted;
import org.prasan.intake.TipRequest;
import org.prasan.intake.TipSource;
import org.prasan.system.Bilingual;
import org.prasan.system.InvalidFieldException;
import org.prasan.system.NotFoundException;
import org.prasan.victim.AgeBand;
import org.prasan.victim.ScreenedIdentity;
import org.prasan.victim.VictimVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coordinators group identified victims of an operation into joint cases, one per
 * compound, recruiter or network: each person becomes a victim of the case in the vault (the
 * vault's own way of adding victims, their sealed row opened in memory only), and the grouping
 * is recorded with who decided it. All of a grouping or nothing. A person already a victim of
 * that case is not added twice. Answers and logs hold refs only.
 */
@Service
class VictimGroupings {

  private static final Logger LOG = LoggerFactory.getLogger(VictimGroupings.class);
  static final Set<String> IDENTIFIED = Set.of(ScreeningOutcome.VICTIM.name(),
      ScreeningOutcome.VICTIM_COMPELLED.name());

  private final JdbcClient jdbc;
  private final CaseFileRepository cases;
  private final VictimVault vault;
  private final PersonSeals seals;
  private final ScreeningRefs refs;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final IntakeService intake;

  VictimGroupings(JdbcClient jdbc, CaseFileRepository cases, VictimVault vault,
                  PersonSeals seals, ScreeningRefs refs, TransactionTemplate transaction,
                  Clock clock, IntakeService intake) {
    this.intake = intake;
    this.jdbc = jdbc;
    this.cases = cases;
    this.vault = vault;
    this.seals = seals;
    this.refs = refs;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** The grouping's answer: its id, the case, and each person's victim ref in it. */
  record Grouping(String groupingId, String caseId, boolean newCase,
                  Map<String, String> victimRefs, List<String> alreadyInCase) {
  }

  /** Joins the persons to an existing case. */
  Grouping intoCase(Operation operation, List<String> personRefs, String caseId, String user) {
    CaseFile file = cases.findById(CaseId.of(caseId).value()).orElseThrow(() ->
        new NotFoundException(Bilingual.of("ไม่พบคดี " + caseId, "No case " + caseId)));
    List<Person> people = identifiedVictims(operation, personRefs);
    return transaction.execute(status -> group(operation, people, file.caseId(),
        refs.grouping(), null, user));
  }

  /**
   * Opens a joint case for the persons, named after what they share, as a tip of source
   * {@code SCREENING_OPERATION} (triaged as any tip); its indicators from the persons' flags
   * only: children, foreign nationals, victims compelled to commit offences.
   */
  Grouping intoNewCase(Operation operation, List<String> personRefs,
                       GroupingRequest.NewCase newCase, String user) {
    String provinceName = newCase.province() != null ? newCase.province() : operation.site();
    if (Province.fromName(provinceName).isEmpty()) {
      throw new InvalidFieldException("newCase.province", Bilingual.of(
          "ต้องเป็นชื่อจังหวัด (สถานที่คัดแยก " + operation.site() + " ไม่ใช่ชื่อจังหวัด)",
          "Must name a province (the operation's site " + operation.site() + " does not)"));
    }
    List<Person> people = identifiedVictims(operation, personRefs);
    Set<Indicator> indicators = EnumSet.noneOf(Indicator.class);
    jdbc.sql("""
            SELECT MAX(CASE WHEN child THEN 1 ELSE 0 END) AS children,
                   MAX(CASE WHEN nationality <> 'TH' THEN 1 ELSE 0 END) AS foreigners,
                   MAX(CASE WHEN outcome = 'VICTIM_COMPELLED' THEN 1 ELSE 0 END) AS compelled
            FROM screening_person WHERE operation_id = :operation AND person_ref IN (:refs)""")
        .param("operation", operation.operationId()).param("refs", personRefs)
        .query(rs -> {
          if (rs.getInt("children") > 0) {
            indicators.add(Indicator.CHILD_VICTIM);
          }
          if (rs.getInt("foreigners") > 0) {
            indicators.add(Indicator.TRANSNATIONAL);
          }
          if (rs.getInt("compelled") > 0) {
            indicators.add(Indicator.FORCED_CRIMINALITY);
          }
        });
    String name = newCase.name().strip();
    String groupingId = refs.grouping();
    TipAccepted opened = intake.receive(new TipRequest(TipSource.SCREENING_OPERATION, groupingId,
        clock.instant(), provinceName, "Joint case for " + people.size()
            + " victim(s) identified in screening operation " + operation.operationId() + ": "
            + name, indicators, List.of()), user);
    return transaction.execute(status -> group(operation, people, opened.caseId(), groupingId,
        name, user));
  }

  /** The persons, all of the operation and all identified as victims; else 400 naming them. */
  List<Person> identifiedVictims(Operation operation, List<String> personRefs) {
    Set<String> wanted = new LinkedHashSet<>(personRefs);
    Map<String, Person> found = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT person_ref, outcome, age_band, youth_interview, key_id, identity_ciphertext
            FROM screening_person WHERE operation_id = :operation AND person_ref IN (:refs)""")
        .param("operation", operation.operationId()).param("refs", wanted)
        .query((rs, row) -> new Person(rs.getString("person_ref"), rs.getString("outcome"),
            band(rs.getString("age_band")), rs.getBoolean("youth_interview"),
            rs.getString("key_id"), rs.getBytes("identity_ciphertext")))
        .list().forEach(person -> found.put(person.personRef(), person));
    List<String> unknown = wanted.stream().filter(ref -> !found.containsKey(ref)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidFieldException("personRefs", Bilingual.of(
          "ไม่มีในปฏิบัติการ " + operation.operationId() + ": " + String.join(", ", unknown),
          "Not of operation " + operation.operationId() + ": " + String.join(", ", unknown)));
    }
    List<String> notVictims = found.values().stream()
        .filter(person -> !IDENTIFIED.contains(person.outcome()))
        .map(Person::personRef).toList();
    if (!notVictims.isEmpty()) {
      throw new InvalidFieldException("personRefs", Bilingual.of(
          "ยังไม่ได้คัดแยกว่าเป็นผู้เสียหาย: " + String.join(", ", notVictims),
          "Not identified as victims by their screening: " + String.join(", ", notVictims)));
    }
    return List.copyOf(found.values());
  }

  private Grouping group(Operation operation, List<Person> people, String caseId,
                         String groupingId, String newCaseName, String user) {
    boolean newCase = newCaseName != null;
    Set<String> inCase = new LinkedHashSet<>(jdbc.sql("""
            SELECT gp.person_ref FROM screening_grouping_person gp
            JOIN screening_grouping g ON g.grouping_id = gp.grouping_id
            WHERE g.case_id = ? AND g.operation_id = ?""")
        .params(caseId, operation.operationId()).query(String.class).list());
    List<Person> joining = people.stream()
        .filter(person -> !inCase.contains(person.personRef())).toList();
    List<ScreenedIdentity> identities = new ArrayList<>();
    for (Person person : joining) {
      PersonRow row = seals.open(person.sealed(), person.personRef(), operation.operationId(),
          person.keyId());
      identities.add(new ScreenedIdentity(row.fullName(), row.dateOfBirth(),
          row.nationality(), row.documentNumber(), person.ageBand(), person.youthInterview()));
    }
    List<String> victimRefs = identities.isEmpty() ? List.of()
        : vault.recordScreened(caseId, identities, user);
    Instant now = clock.instant();
    jdbc.sql("""
            INSERT INTO screening_grouping (grouping_id, operation_id, case_id, new_case,
                case_name, grouped_by, grouped_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(groupingId, operation.operationId(), caseId, newCase, newCaseName, user,
            Timestamp.from(now))
        .update();
    Map<String, String> joined = new LinkedHashMap<>();
    for (int i = 0; i < joining.size(); i++) {
      String personRef = joining.get(i).personRef();
      String victimRef = victimRefs.get(i);
      joined.put(personRef, victimRef);
      jdbc.sql("INSERT INTO screening_grouping_person (grouping_id, person_ref, victim_ref) "
              + "VALUES (?, ?, ?)")
          .params(groupingId, personRef, victimRef).update();
      // The person's first case stays on their row; later groupings are in the grouping rows.
      jdbc.sql("UPDATE screening_person SET case_id = ?, victim_ref = ?, updated_at = ? "
              + "WHERE person_ref = ? AND case_id IS NULL")
          .params(caseId, victimRef, Timestamp.from(now), personRef).update();
    }
    List<String> already = people.stream().map(Person::personRef)
        .filter(inCase::contains).toList();
    LOG.info("Screening {}: grouping {} joined {} victim(s) to case {} ({} already in it) by {}",
        operation.operationId(), groupingId, joined.size(), caseId, already.size(), user);
    return new Grouping(groupingId, caseId, newCase, joined, already);
  }

  private static AgeBand band(String value) {
    return java.util.Arrays.stream(AgeBand.values()).filter(band -> band.value().equals(value))
        .findFirst().orElseThrow();
  }

  record Person(String personRef, String outcome, AgeBand ageBand, boolean youthInterview,
                String keyId, byte[] sealed) {
  }
}
