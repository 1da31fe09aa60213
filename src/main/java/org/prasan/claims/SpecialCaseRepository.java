package org.prasan.claims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code special_case_request}. */
@Repository
public class SpecialCaseRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  public SpecialCaseRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A new pending request; the unique {@code open_case_id} refuses a second pending one. */
  public long insert(String caseId, String grounds, String requestedBy) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO special_case_request (case_id, open_case_id, grounds, status,
                                              requested_by, requested_at)
            VALUES (:caseId, :caseId, :grounds, :status, :by, :at)""")
        .param("caseId", caseId)
        .param("grounds", grounds)
        .param("status", SpecialCaseRequest.PENDING)
        .param("by", requestedBy)
        .param("at", now())
        .update(key, "id");
    return key.getKey().longValue();
  }

  public void attachProcessInstance(long requestId, String processInstanceId) {
    jdbc.sql("UPDATE special_case_request SET process_instance_id = :pid WHERE id = :id")
        .param("pid", processInstanceId)
        .param("id", requestId)
        .update();
  }

  public void decide(long requestId, String status, String previousLead, BoardVote vote,
                     String boardResolutionRef) {
    jdbc.sql("""
            UPDATE special_case_request SET open_case_id = NULL, status = :status,
                   previous_lead = :previousLead, board_members = :members,
                   votes_for = :votesFor, votes_against = :votesAgainst,
                   votes_abstained = :votesAbstained, board_resolution_ref = :ref,
                   decided_at = :at
            WHERE id = :id""")
        .param("status", status)
        .param("previousLead", previousLead)
        .param("members", vote.members())
        .param("votesFor", vote.votesFor())
        .param("votesAgainst", vote.votesAgainst())
        .param("votesAbstained", vote.votesAbstained())
        .param("ref", boardResolutionRef)
        .param("at", now())
        .param("id", requestId)
        .update();
  }

  public Optional<SpecialCaseRequest> findPending(String caseId) {
    return jdbc.sql("SELECT * FROM special_case_request WHERE open_case_id = :caseId")
        .param("caseId", caseId)
        .query(SpecialCaseRepository::request)
        .optional();
  }

  public Optional<SpecialCaseRequest> find(long requestId) {
    return jdbc.sql("SELECT * FROM special_case_request WHERE id = :id")
        .param("id", requestId)
        .query(SpecialCaseRepository::request)
        .optional();
  }

  public List<SpecialCaseRequest> ofCase(String caseId) {
    return jdbc.sql("SELECT * FROM special_case_request WHERE case_id = :caseId ORDER BY id")
        .param("caseId", caseId)
        .query(SpecialCaseRepository::request)
        .list();
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static SpecialCaseRequest request(ResultSet rs, int row) throws SQLException {
    return new SpecialCaseRequest(rs.getLong("id"), rs.getString("case_id"),
        rs.getString("grounds"), rs.getString("status"), rs.getString("process_instance_id"),
        rs.getString("previous_lead"), integer(rs, "board_members"), integer(rs, "votes_for"),
        integer(rs, "votes_against"), integer(rs, "votes_abstained"),
        rs.getString("board_resolution_ref"), rs.getString("requested_by"),
        rs.getTimestamp("requested_at").toInstant());
  }
}
