package org.prasan.statistics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the reporting tables for a period. Rows, not sums: a year is a few thousand cases at
 * most, and one pass in Java gives every table (medians too, which SQL dialects disagree on).
 */
@Repository
public class ReportingRows {

  /** A case with any of its stages ending in the period. */
  public record CaseRow(String caseId, String province, Instant opened,
                        Instant investigationStarted, Instant caseFileSubmitted,
                        Integer suspectsMale, Integer suspectsFemale, String suspectNationality,
                        Integer officialsSuspected, String chargingDecision, String charge,
                        Instant indictmentFiled, String verdict, Instant judgmentAt,
                        Integer sentenceMonths, BigDecimal claimed, BigDecimal awarded,
                        BigDecimal paid) {
  }

  public record VictimRow(String taskId, String caseId, String province, Instant identifiedAt,
                          int women, int girls, int men, int boys, String ageBand,
                          String nationality, String exploitation, String sector) {
    public int total() {
      return women + girls + men + boys;
    }
  }

  public record SeizureRow(String caseId, Instant seizedAt, BigDecimal value, String decision) {
  }

  private final JdbcClient jdbc;

  public ReportingRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<CaseRow> cases(Period period) {
    Timestamp start = Timestamp.from(period.start());
    Timestamp end = Timestamp.from(period.end());
    return jdbc.sql("SELECT * FROM stat_case WHERE"
            + " (investigation_started_at >= :start AND investigation_started_at < :end)"
            + " OR (case_file_submitted_at >= :start AND case_file_submitted_at < :end)"
            + " OR (indictment_filed_at >= :start AND indictment_filed_at < :end)"
            + " OR (judgment_at >= :start AND judgment_at < :end) ORDER BY case_id")
        .param("start", start).param("end", end)
        .query((rs, row) -> new CaseRow(rs.getString("case_id"), rs.getString("province"),
            instant(rs, "opened_at"), instant(rs, "investigation_started_at"),
            instant(rs, "case_file_submitted_at"), integer(rs, "suspects_male"),
            integer(rs, "suspects_female"), rs.getString("suspect_nationality"),
            integer(rs, "officials_suspected"), rs.getString("charging_decision"),
            rs.getString("principal_charge"), instant(rs, "indictment_filed_at"),
            rs.getString("verdict"), instant(rs, "judgment_at"),
            integer(rs, "sentence_months"), rs.getBigDecimal("compensation_claimed"),
            rs.getBigDecimal("compensation_awarded"), rs.getBigDecimal("compensation_paid")))
        .list();
  }

  public List<VictimRow> victims(Period period) {
    return jdbc.sql("SELECT v.*, c.province FROM stat_victim_group v"
            + " LEFT JOIN stat_case c ON c.case_id = v.case_id"
            + " WHERE v.identified_at >= ? AND v.identified_at < ?"
            + " ORDER BY v.identified_at, v.task_id")
        .param(Timestamp.from(period.start())).param(Timestamp.from(period.end()))
        .query((rs, row) -> new VictimRow(rs.getString("task_id"), rs.getString("case_id"),
            rs.getString("province"), instant(rs, "identified_at"), rs.getInt("women"),
            rs.getInt("girls"), rs.getInt("men"), rs.getInt("boys"), rs.getString("age_band"),
            rs.getString("nationality"), rs.getString("exploitation"), rs.getString("sector")))
        .list();
  }

  public List<SeizureRow> seizures(Period period) {
    return jdbc.sql("SELECT case_id, seized_at, value_thb, decision FROM stat_seizure"
            + " WHERE seized_at >= ? AND seized_at < ? ORDER BY seized_at")
        .param(Timestamp.from(period.start())).param(Timestamp.from(period.end()))
        .query((rs, row) -> new SeizureRow(rs.getString(1), instant(rs, "seized_at"),
            rs.getBigDecimal(3), rs.getString(4)))
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
