package org.prasan.statistics;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the reporting tables ({@code stat_*}, migration V21_1) inside the transaction of the
 * task completion that recorded the facts: a refused or failed completion stores nothing.
 */
@Repository
public class ReportingStore {

  private final JdbcClient jdbc;

  public ReportingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The case's row, created on its first fact with its province and opening from case_file. */
  void ensureCase(String caseId) {
    boolean exists = jdbc.sql("SELECT COUNT(*) FROM stat_case WHERE case_id = ?")
        .param(caseId).query(Long.class).single() > 0;
    if (exists) {
      return;
    }
    var opened = jdbc.sql("SELECT province, created_at FROM case_file WHERE case_id = ?")
        .param(caseId)
        .query((rs, row) -> new Object[] {rs.getString(1), rs.getTimestamp(2)})
        .optional();
    try {
      jdbc.sql("INSERT INTO stat_case (case_id, province, opened_at) VALUES (?, ?, ?)")
          .param(caseId)
          .param(opened.map(values -> (String) values[0]).orElse(null))
          .param(opened.map(values -> (Timestamp) values[1]).orElse(null))
          .update();
    } catch (DuplicateKeyException createdByAnotherTask) {
      // Two tasks of one case completed at once: the other one created the row.
    }
  }

  void investigationStarted(String caseId, Instant at) {
    ensureCase(caseId);
    jdbc.sql("UPDATE stat_case SET investigation_started_at = ? WHERE case_id = ? "
            + "AND investigation_started_at IS NULL")
        .param(ts(at)).param(caseId).update();
  }

  /** The first submission ends the inquiry; a resubmission after a return updates suspects. */
  void caseFileSubmitted(String caseId, Instant at, FormFacts.Suspects suspects) {
    ensureCase(caseId);
    jdbc.sql("UPDATE stat_case SET case_file_submitted_at = COALESCE(case_file_submitted_at, ?),"
            + " suspects_male = ?, suspects_female = ?, suspect_nationality = ?,"
            + " officials_suspected = ? WHERE case_id = ?")
        .param(ts(at)).param(suspects.male()).param(suspects.female())
        .param(suspects.nationality()).param(suspects.officials()).param(caseId).update();
  }

  void chargingDecided(String caseId, Instant at, FormFacts.Charging charging) {
    ensureCase(caseId);
    jdbc.sql("UPDATE stat_case SET charging_decision = ?, charging_decided_at = ?,"
            + " principal_charge = ? WHERE case_id = ?")
        .param(charging.decision()).param(ts(at))
        .param(charging.charge() == null ? null : charging.charge().name())
        .param(caseId).update();
  }

  void indictmentFiled(String caseId, Instant at) {
    ensureCase(caseId);
    jdbc.sql("UPDATE stat_case SET indictment_filed_at = ? WHERE case_id = ?")
        .param(ts(at)).param(caseId).update();
  }

  void judged(String caseId, FormFacts.Judgment judgment) {
    ensureCase(caseId);
    jdbc.sql("UPDATE stat_case SET verdict = ?, judgment_at = ?, sentence_months = ?,"
            + " compensation_awarded = ? WHERE case_id = ?")
        .param(judgment.verdict()).param(ts(judgment.at())).param(judgment.sentenceMonths())
        .param(judgment.awarded()).param(caseId).update();
  }

  void compensationClaimed(String caseId, BigDecimal amount) {
    ensureCase(caseId);
    jdbc.sql("UPDATE stat_case SET compensation_claimed = ? WHERE case_id = ?")
        .param(amount).param(caseId).update();
  }

  void compensationPaid(String caseId, BigDecimal amount) {
    ensureCase(caseId);
    jdbc.sql("UPDATE stat_case SET compensation_paid = ? WHERE case_id = ?")
        .param(amount).param(caseId).update();
  }

  void victimsIdentified(String taskId, String caseId, Instant at, FormFacts.VictimGroup group) {
    ensureCase(caseId);
    jdbc.sql("DELETE FROM stat_victim_group WHERE task_id = ?").param(taskId).update();
    jdbc.sql("INSERT INTO stat_victim_group (task_id, case_id, identified_at, women, girls, men,"
            + " boys, age_band, nationality, exploitation, sector)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .param(taskId).param(caseId).param(ts(at)).param(group.women()).param(group.girls())
        .param(group.men()).param(group.boys()).param(group.ageBand())
        .param(group.nationality()).param(group.exploitation().name())
        .param(group.sector().name()).update();
  }

  void assetsSeized(String taskId, String caseId, FormFacts.Seizure seizure) {
    ensureCase(caseId);
    jdbc.sql("DELETE FROM stat_seizure WHERE task_id = ?").param(taskId).update();
    jdbc.sql("INSERT INTO stat_seizure (task_id, case_id, seized_at, value_thb)"
            + " VALUES (?, ?, ?, ?)")
        .param(taskId).param(caseId).param(ts(seizure.at())).param(seizure.value()).update();
  }

  /** AMLO's decision on the case's seizures still undecided. */
  void seizureDecided(String caseId, String decision) {
    jdbc.sql("UPDATE stat_seizure SET decision = ? WHERE case_id = ? AND decision IS NULL")
        .param(decision).param(caseId).update();
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
