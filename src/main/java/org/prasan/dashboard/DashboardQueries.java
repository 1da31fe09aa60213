package org.prasan.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's aggregates, counted by the database in one statement each: the history of
 * every task (tens of thousands of rows) never comes into memory. Compliance reads the engine's
 * history tables directly, because the engine's query API can count but not group: its
 * columns are part of Camunda's public schema (ACT_HI_TASKINST, ACT_HI_IDENTITYLINK, full
 * history).
 */
@Repository
class DashboardQueries {

  private final JdbcClient jdbc;

  DashboardQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Per agency and week: tasks due in the week that were completed, or are still open past
   * their due date, and how many of them were completed by it. A task counts for each agency
   * group it was ever a candidate of; tasks cancelled with their process are left out.
   *
   * @param weekStarts the start of each week, oldest first, then the end of the last week
   */
  List<WeekCount> compliance(List<Instant> weekStarts, Collection<String> agencies,
                             Instant now) {
    int weeks = weekStarts.size() - 1;
    String bucket = IntStream.range(1, weeks)
        .mapToObj(week -> "WHEN t.DUE_DATE_ < :w" + week + " THEN " + (week - 1))
        .collect(Collectors.joining(" ", "CASE ", " ELSE " + (weeks - 1) + " END"));
    var statement = jdbc.sql("""
            SELECT agency, week, COUNT(*) AS due, SUM(on_time) AS on_time FROM (
              SELECT l.GROUP_ID_ AS agency, %s AS week,
                     CASE WHEN t.END_TIME_ IS NOT NULL AND t.END_TIME_ <= t.DUE_DATE_
                          THEN 1 ELSE 0 END AS on_time
              FROM ACT_HI_TASKINST t
              JOIN (SELECT DISTINCT TASK_ID_, GROUP_ID_ FROM ACT_HI_IDENTITYLINK
                    WHERE TYPE_ = 'candidate' AND OPERATION_TYPE_ = 'add'
                      AND GROUP_ID_ IN (:agencies)) l ON l.TASK_ID_ = t.ID_
              WHERE t.DUE_DATE_ >= :w0 AND t.DUE_DATE_ < :end
                AND ((t.END_TIME_ IS NOT NULL AND t.DELETE_REASON_ = 'completed')
                     OR (t.END_TIME_ IS NULL AND t.DUE_DATE_ < :now))
            ) due_tasks
            GROUP BY agency, week""".formatted(bucket))
        .param("agencies", agencies)
        .param("end", Timestamp.from(weekStarts.get(weeks)))
        .param("now", Timestamp.from(now));
    for (int week = 0; week < weeks; week++) {
      statement = statement.param("w" + week, Timestamp.from(weekStarts.get(week)));
    }
    return statement.query((rs, row) -> new WeekCount(rs.getString("agency"),
        rs.getInt("week"), rs.getLong("due"), rs.getLong("on_time"))).list();
  }

  /**
   * Escalation ladders not yet closed, one row each, with the highest level each climbed to
   * (indexed by V6: kind and ladder). The ladders open at once are few: the late tasks.
   */
  List<OpenLadder> openEscalations() {
    return jdbc.sql("""
            SELECT e.agency AS agency, MAX(e.case_id) AS case_id,
                   MAX(CASE WHEN e.escalation_level = 'COORDINATOR' THEN 2 ELSE 1 END)
                     AS top_level
            FROM sla_event e
            WHERE e.kind = 'ESCALATED' AND NOT EXISTS (
              SELECT 1 FROM sla_event c WHERE c.kind = 'CLOSED' AND c.escalation = e.escalation)
            GROUP BY e.agency, e.escalation""")
        .query((rs, row) -> new OpenLadder(rs.getString("agency"), rs.getString("case_id"),
            rs.getInt("top_level") == 2))
        .list();
  }

  /**
   * The cases of the open tasks each agency's group is a candidate for (the tasks
   * {@code AgencyTasks} counts), and whether one of them is past its due date. One statement:
   * the engine's query API cannot give the tasks' business keys without loading every task.
   */
  List<AgencyCase> casesWithOpenTasks(Collection<String> agencies, Instant now) {
    return jdbc.sql("""
            SELECT l.GROUP_ID_ AS agency, p.BUSINESS_KEY_ AS case_id,
                   MAX(CASE WHEN t.DUE_DATE_ < :now THEN 1 ELSE 0 END) AS overdue
            FROM ACT_RU_TASK t
            JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate'
            JOIN ACT_RU_EXECUTION p ON p.ID_ = t.PROC_INST_ID_
            WHERE l.GROUP_ID_ IN (:agencies) AND p.BUSINESS_KEY_ IS NOT NULL
            GROUP BY l.GROUP_ID_, p.BUSINESS_KEY_""")
        .param("agencies", agencies)
        .param("now", Timestamp.from(now))
        .query((rs, row) -> new AgencyCase(rs.getString("agency"), rs.getString("case_id"),
            rs.getInt("overdue") == 1))
        .list();
  }

  /** Claims of open resolutions between several agencies, oldest first. */
  List<ClaimRow> overlappingClaims() {
    return jdbc.sql("""
            SELECT r.case_id, r.process_instance_id, r.created_at, c.agency
            FROM claim_resolution r JOIN case_claim c ON c.resolution_id = r.id
            WHERE r.open_case_id IS NOT NULL AND r.kind = 'OVERLAP'
            ORDER BY r.created_at, r.id, c.id""")
        .query((rs, row) -> new ClaimRow(rs.getString("case_id"),
            rs.getString("process_instance_id"), rs.getTimestamp("created_at").toInstant(),
            rs.getString("agency")))
        .list();
  }

  /** Tasks of one agency due in one week ({@code week} indexes the weeks asked for). */
  record WeekCount(String agency, int week, long due, long onTime) {
  }

  /** One escalation ladder not yet closed: the late task's agency and case, its top level. */
  record OpenLadder(String agency, String caseId, boolean reachedCoordinator) {
  }

  /** A case with open tasks of an agency; overdue when one of them is past its due date. */
  record AgencyCase(String agency, String caseId, boolean overdue) {
  }

  record ClaimRow(String caseId, String processInstanceId, Instant since, String agency) {
  }
}
