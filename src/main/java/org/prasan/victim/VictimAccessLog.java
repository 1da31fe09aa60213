package org.prasan.victim;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code victim_access}: every read, write and refused attempt on the vault. */
@Repository
public class VictimAccessLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  public VictimAccessLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(String victimRef, String caseId, String actor, Action action) {
    jdbc.sql("""
            INSERT INTO victim_access (victim_ref, case_id, actor, action, accessed_at)
            VALUES (:ref, :caseId, :actor, :action, :at)""")
        .param("ref", victimRef)
        .param("caseId", caseId)
        .param("actor", actor)
        .param("action", action.name())
        .param("at", Timestamp.from(clock.instant()))
        .update();
  }

  public List<Access> ofCase(String caseId) {
    return jdbc.sql("""
            SELECT victim_ref, case_id, actor, action, accessed_at FROM victim_access
            WHERE case_id = :caseId ORDER BY id""")
        .param("caseId", caseId)
        .query((rs, row) -> new Access(rs.getString("victim_ref"), rs.getString("case_id"),
            rs.getString("actor"), Action.valueOf(rs.getString("action")),
            rs.getTimestamp("accessed_at").toInstant()))
        .list();
  }

  /** What was done, or refused, on the vault. */
  public enum Action {
    WRITE, READ, WRITE_DENIED, READ_DENIED, REKEY
  }

  /** One audited access. */
  public record Access(String victimRef, String caseId, String actor, Action action,
                       Instant at) {
  }
}
