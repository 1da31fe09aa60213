package org.prasan.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SLA history of every case in {@code sla_event}: written once, never changed. */
@Repository
public class SlaEvents {

  private static final int MAX_DETAIL = 2000;

  private final JdbcClient jdbc;

  public SlaEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Every parameter that may be null carries its SQL type: without one, Spring asks MariaDB's
   * driver for the column's type, a PREPARE and CLOSE more for every event.
   */
  public void record(SlaEvent event) {
    jdbc.sql("""
            INSERT INTO sla_event (case_id, kind, escalation_level, task_id, task_key,
                                   task_name, agency, clock, due_at, told_group, actor,
                                   detail, escalation, occurred_at)
            VALUES (:caseId, :kind, :level, :taskId, :taskKey, :taskName, :agency, :clock,
                    :dueAt, :toldGroup, :actor, :detail, :escalation, :occurredAt)""")
        .param("caseId", event.caseId())
        .param("kind", event.kind().name())
        .param("level", event.level() == null ? null : event.level().name(), Types.VARCHAR)
        .param("taskId", event.taskId(), Types.VARCHAR)
        .param("taskKey", event.taskKey(), Types.VARCHAR)
        .param("taskName", abbreviate(event.taskName(), 255), Types.VARCHAR)
        .param("agency", event.agency(), Types.VARCHAR)
        .param("clock", event.clock(), Types.VARCHAR)
        .param("dueAt", event.dueAt() == null ? null : Timestamp.from(event.dueAt()),
            Types.TIMESTAMP)
        .param("toldGroup", event.toldGroup(), Types.VARCHAR)
        .param("actor", event.actor(), Types.VARCHAR)
        .param("detail", abbreviate(event.detail(), MAX_DETAIL), Types.VARCHAR)
        .param("escalation", event.escalation(), Types.VARCHAR)
        .param("occurredAt", Timestamp.from(event.occurredAt()))
        .update();
  }

  public List<SlaEvent> ofCase(String caseId) {
    return jdbc.sql("SELECT * FROM sla_event WHERE case_id = :caseId ORDER BY occurred_at, id")
        .param("caseId", caseId)
        .query(SlaEvents::map)
        .list();
  }

  /** Escalations and warnings of one agency's tasks since {@code since}, newest first. */
  public List<SlaEvent> ofAgency(String agency, Instant since, int limit) {
    return jdbc.sql("""
            SELECT * FROM sla_event WHERE agency = :agency AND occurred_at >= :since
            ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
        .param("agency", agency)
        .param("since", Timestamp.from(since))
        .param("limit", limit)
        .query(SlaEvents::map)
        .list();
  }

  private static String abbreviate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static SlaEvent map(ResultSet rs, int row) throws SQLException {
    String level = rs.getString("escalation_level");
    Timestamp due = rs.getTimestamp("due_at");
    return new SlaEvent(rs.getLong("id"), rs.getString("case_id"),
        SlaEvent.Kind.valueOf(rs.getString("kind")),
        level == null ? null : SlaEvent.Level.valueOf(level), rs.getString("task_id"),
        rs.getString("task_key"), rs.getString("task_name"), rs.getString("agency"),
        rs.getString("clock"), due == null ? null : due.toInstant(), rs.getString("told_group"),
        rs.getString("actor"), rs.getString("detail"), rs.getString("escalation"),
        rs.getTimestamp("occurred_at").toInstant());
  }
}
