package org.prasan.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes {@code legal_clock}. A running clock holds {@code case_id:clock} in
 * {@code open_key}, unique, so a case never has two running clocks of one kind.
 */
@Repository
public class LegalClockRepository {

  private final JdbcClient jdbc;

  public LegalClockRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String caseId, String clock, Instant startedAt, Instant endsAt,
                     Instant latestEndsAt, String startedBy) {
    jdbc.sql("""
            INSERT INTO legal_clock (case_id, clock, open_key, started_at, ends_at,
                                     latest_ends_at, status, started_by)
            VALUES (:caseId, :clock, :openKey, :startedAt, :endsAt, :latestEndsAt, 'RUNNING',
                    :startedBy)""")
        .param("caseId", caseId)
        .param("clock", clock)
        .param("openKey", openKey(caseId, clock))
        .param("startedAt", Timestamp.from(startedAt))
        .param("endsAt", Timestamp.from(endsAt))
        .param("latestEndsAt", latestEndsAt == null ? null : Timestamp.from(latestEndsAt),
            Types.TIMESTAMP)
        .param("startedBy", startedBy, Types.VARCHAR)
        .update();
  }

  public void changeEnd(long id, Instant endsAt) {
    jdbc.sql("UPDATE legal_clock SET ends_at = :endsAt WHERE id = :id")
        .param("endsAt", Timestamp.from(endsAt))
        .param("id", id)
        .update();
  }

  public void stop(long id, Instant stoppedAt, String reason) {
    jdbc.sql("""
            UPDATE legal_clock SET status = 'STOPPED', open_key = NULL, stopped_at = :stoppedAt,
                                   stop_reason = :reason
            WHERE id = :id""")
        .param("stoppedAt", Timestamp.from(stoppedAt))
        .param("reason", reason)
        .param("id", id)
        .update();
  }

  public Optional<Row> running(String caseId, String clock) {
    return jdbc.sql("SELECT * FROM legal_clock WHERE open_key = :openKey")
        .param("openKey", openKey(caseId, clock))
        .query(LegalClockRepository::map)
        .optional();
  }

  public List<Row> running(String caseId, Collection<String> clocks) {
    return jdbc.sql("""
            SELECT * FROM legal_clock WHERE case_id = :caseId AND status = 'RUNNING'
              AND clock IN (:clocks)""")
        .param("caseId", caseId)
        .param("clocks", clocks)
        .query(LegalClockRepository::map)
        .list();
  }

  public List<Row> ofCase(String caseId) {
    return jdbc.sql("SELECT * FROM legal_clock WHERE case_id = :caseId ORDER BY started_at, id")
        .param("caseId", caseId)
        .query(LegalClockRepository::map)
        .list();
  }

  /** Running clocks that end before {@code until}, soonest first: the dashboard's list. */
  public List<Row> runningEndingBefore(Instant until) {
    return jdbc.sql("""
            SELECT * FROM legal_clock WHERE status = 'RUNNING' AND ends_at < :until
            ORDER BY ends_at, id""")
        .param("until", Timestamp.from(until))
        .query(LegalClockRepository::map)
        .list();
  }

  private static String openKey(String caseId, String clock) {
    return caseId + ":" + clock;
  }

  private static Row map(ResultSet rs, int row) throws SQLException {
    Timestamp latest = rs.getTimestamp("latest_ends_at");
    Timestamp stopped = rs.getTimestamp("stopped_at");
    return new Row(rs.getLong("id"), rs.getString("case_id"), rs.getString("clock"),
        rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
        latest == null ? null : latest.toInstant(),
        LegalClock.Status.valueOf(rs.getString("status")),
        stopped == null ? null : stopped.toInstant(), rs.getString("stop_reason"));
  }

  /** A row of {@code legal_clock}. */
  public record Row(long id, String caseId, String clock, Instant startedAt, Instant endsAt,
                    Instant latestEndsAt, LegalClock.Status status, Instant stoppedAt,
                    String stopReason) {
  }
}
