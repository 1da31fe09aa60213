package org.prasan.screening;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.prasan.system.Bilingual;
import org.prasan.system.ConflictException;
import org.prasan.system.InvalidFieldException;
import org.prasan.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Capacity planning and the court-extension petition of each operation. Every minute the
 * operations with people still to screen are planned; once the first of those who cannot be
 * screened in time is within {@code petition-before} (6 h) of their hold's end, one petition
 * for all of them is raised (later ones join it while it is open). The court's order extends
 * each of their holds, never past reception + {@code max-hold} (7 days), and moves the end
 * their processes wait for.
 */
@Service
class ExtensionPetitions {

  private static final Logger LOG = LoggerFactory.getLogger(ExtensionPetitions.class);
  static final String OPEN = "OPEN";

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final ScreeningStore store;
  private final ScreeningRefs refs;
  private final ScreeningProperties properties;
  private final HoldEnds holdEnds;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ExtensionPetitions(JdbcClient jdbc, JdbcTemplate batches, ScreeningStore store,
                     ScreeningRefs refs, ScreeningProperties properties,
                     HoldEnds holdEnds,
                     TransactionTemplate transaction, Clock clock) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.store = store;
    this.refs = refs;
    this.properties = properties;
    this.holdEnds = holdEnds;
    this.transaction = transaction;
    this.clock = clock;
  }

  CapacityPlan.Plan plan(Operation operation, Instant now) {
    List<CapacityPlan.Waiting> waiting = jdbc.sql("""
            SELECT person_ref, list_ref, languages, hold_ends_at FROM screening_person
            WHERE operation_id = ? AND (outcome IS NULL OR outcome = 'NEEDS_MORE_TIME')
              AND hold_ends_at > ?""")
        .params(operation.operationId(), Timestamp.from(now))
        .query((rs, row) -> new CapacityPlan.Waiting(rs.getString("person_ref"),
            rs.getString("list_ref"), Arrays.asList(rs.getString("languages").split(";")),
            rs.getTimestamp("hold_ends_at").toInstant()))
        .list();
    return CapacityPlan.plan(waiting, properties.site(operation.site()),
        properties.noInterpreter(), now);
  }

  OperationPlan view(Operation operation) {
    Instant now = clock.instant();
    CapacityPlan.Plan plan = plan(operation, now);
    ScreeningProperties.Site site = properties.site(operation.site());
    Instant first = plan.firstLateHoldEnd();
    return new OperationPlan(now, site.screeningsPerDay(), site.interpreters(),
        plan.inTime().size(), plan.late().size(), first,
        first == null ? null : first.minus(properties.petitionBefore()),
        plan.backlogByLanguage(),
        plan.late().stream().limit(properties.pageSize())
            .map(slot -> new OperationPlan.Late(slot.personRef(), slot.listRef(),
                slot.language(), slot.at(), slot.holdEndsAt()))
            .toList());
  }

  @Scheduled(fixedDelayString = "${prasan.screening.petition-check:PT1M}",
      initialDelayString = "${prasan.screening.petition-check:PT1M}")
  void raiseDuePetitions() {
    List<String> operations = jdbc.sql("""
            SELECT DISTINCT operation_id FROM screening_person
            WHERE outcome IS NULL AND hold_ends_at > ?""")
        .param(Timestamp.from(clock.instant())).query(String.class).list();
    for (String operationId : operations) {
      store.operation(operationId).ifPresent(this::raiseIfDue);
    }
  }

  /** Raises (or completes) the operation's petition when due; answers it, if there is one. */
  Optional<String> raiseIfDue(Operation operation) {
    Instant now = clock.instant();
    CapacityPlan.Plan plan = plan(operation, now);
    Instant first = plan.firstLateHoldEnd();
    if (first == null || now.isBefore(first.minus(properties.petitionBefore()))) {
      return openPetition(operation.operationId());
    }
    return Optional.ofNullable(transaction.execute(status -> {
      // The minute's check and a caller may both find it due: one raises it, one joins it.
      jdbc.sql("SELECT operation_id FROM screening_operation WHERE operation_id = ? FOR UPDATE")
          .param(operation.operationId()).query(String.class).single();
      String petitionId = openPetition(operation.operationId()).orElse(null);
      if (petitionId == null) {
        petitionId = refs.petition();
        jdbc.sql("""
                INSERT INTO screening_petition (petition_id, operation_id, status, raised_at,
                    first_hold_ends_at) VALUES (?, ?, 'OPEN', ?, ?)""")
            .params(petitionId, operation.operationId(), Timestamp.from(now),
                Timestamp.from(first))
            .update();
      }
      List<String> already = jdbc.sql(
              "SELECT person_ref FROM screening_petition_person WHERE petition_id = ?")
          .param(petitionId).query(String.class).list();
      List<Object[]> rows = new ArrayList<>();
      for (CapacityPlan.Slot slot : plan.late()) {
        if (!already.contains(slot.personRef())) {
          rows.add(new Object[] {petitionId, slot.personRef(),
              Timestamp.from(slot.holdEndsAt())});
        }
      }
      batches.batchUpdate("INSERT INTO screening_petition_person (petition_id, person_ref, "
          + "hold_ends_at) VALUES (?, ?, ?)", rows);
      LOG.info("Screening {}: extension petition {} for {} more people, first hold ends {}",
          operation.operationId(), petitionId, rows.size(), first);
      return petitionId;
    }));
  }

  List<Petition> petitions(String operationId) {
    return jdbc.sql("SELECT * FROM screening_petition WHERE operation_id = ? ORDER BY raised_at")
        .param(operationId)
        .query((rs, row) -> new Petition(rs.getString("petition_id"),
            rs.getString("operation_id"), rs.getString("status"),
            rs.getTimestamp("raised_at").toInstant(),
            rs.getTimestamp("first_hold_ends_at").toInstant(), rs.getString("court_order_ref"),
            rs.getTimestamp("granted_until") == null ? null
                : rs.getTimestamp("granted_until").toInstant(), List.of()))
        .list().stream()
        .map(petition -> new Petition(petition.petitionId(), petition.operationId(),
            petition.status(), petition.raisedAt(), petition.firstHoldEndsAt(),
            petition.courtOrderRef(), petition.grantedUntil(), people(petition.petitionId())))
        .toList();
  }

  /**
   * The court's order on the petition: granted until an instant (each hold capped at its
   * reception + max-hold), or refused. Answers how many holds were extended.
   */
  int decide(String operationId, String petitionId, boolean granted, Instant until,
             String courtOrderRef, String user) {
    Instant now = clock.instant();
    return transaction.execute(status -> {
      String state = jdbc.sql("SELECT status FROM screening_petition WHERE petition_id = ? "
              + "AND operation_id = ? FOR UPDATE")
          .params(petitionId, operationId).query(String.class).optional()
          .orElseThrow(() -> new NotFoundException(Bilingual.of(
              "ไม่พบคำร้อง " + petitionId, "No petition " + petitionId)));
      if (!OPEN.equals(state)) {
        throw new ConflictException(Bilingual.of("ศาลมีคำสั่งในคำร้องนี้แล้ว",
            "The court has already decided this petition"));
      }
      if (granted && (until == null || !until.isAfter(now))) {
        throw new InvalidFieldException("until", Bilingual.of(
            "ต้องเป็นเวลาในอนาคตที่ศาลอนุญาต", "Must be the future instant the court allowed"));
      }
      jdbc.sql("""
              UPDATE screening_petition SET status = ?, court_order_ref = ?, granted_until = ?,
                  decided_by = ?, decided_at = ? WHERE petition_id = ?""")
          // Typed: given an untyped null, MariaDB's driver prepares on the server to type it.
          .params(granted ? "GRANTED" : "REFUSED",
              new SqlParameterValue(Types.VARCHAR, courtOrderRef),
              new SqlParameterValue(Types.TIMESTAMP, granted ? Timestamp.from(until) : null),
              user, Timestamp.from(now), petitionId)
          .update();
      if (!granted) {
        return 0;
      }
      List<Extended> holds = jdbc.sql("""
              SELECT p.person_ref, p.process_instance_id, p.hold_starts_at
              FROM screening_person p JOIN screening_petition_person pp
                ON pp.person_ref = p.person_ref
              WHERE pp.petition_id = ? AND p.hold_ends_at > ?""")
          .params(petitionId, Timestamp.from(now))
          .query((rs, row) -> {
            Instant cap = rs.getTimestamp("hold_starts_at").toInstant()
                .plus(properties.maxHold());
            return new Extended(rs.getString("person_ref"), rs.getString("process_instance_id"),
                until.isAfter(cap) ? cap : until);
          })
          .list();
      List<Object[]> rows = new ArrayList<>();
      for (Extended hold : holds) {
        rows.add(new Object[] {Timestamp.from(hold.endsAt()), Timestamp.from(now),
            hold.personRef()});
        if (hold.processInstanceId() != null) {
          holdEnds.move(hold.processInstanceId(), Date.from(hold.endsAt()));
        }
      }
      batches.batchUpdate("UPDATE screening_person SET hold_ends_at = ?, extended = TRUE, "
          + "updated_at = ? WHERE person_ref = ?", rows);
      LOG.info("Screening {}: petition {} granted until {}, {} holds extended by {}",
          operationId, petitionId, until, holds.size(), user);
      return holds.size();
    });
  }

  private List<Petition.Person> people(String petitionId) {
    return jdbc.sql("SELECT person_ref, hold_ends_at FROM screening_petition_person "
            + "WHERE petition_id = ? ORDER BY hold_ends_at, person_ref")
        .param(petitionId)
        .query((rs, row) -> new Petition.Person(rs.getString("person_ref"),
            rs.getTimestamp("hold_ends_at").toInstant()))
        .list();
  }

  private Optional<String> openPetition(String operationId) {
    return jdbc.sql("SELECT petition_id FROM screening_petition WHERE operation_id = ? "
            + "AND status = 'OPEN'")
        .param(operationId).query(String.class).optional();
  }

  private record Extended(String personRef, String processInstanceId, Instant endsAt) {
  }
}
