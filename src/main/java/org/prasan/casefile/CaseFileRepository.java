package org.prasan.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.prasan.agency.AgencyGroups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code case_file}. */
@Repository
public class CaseFileRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  public CaseFileRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public long nextCaseNumber() {
    return jdbc.sql("SELECT NEXT VALUE FOR case_number_seq").query(Long.class).single();
  }

  /**
   * Inserts a new open case; a second tip with the same source and external reference fails.
   * A parameter that may be null carries its SQL type: given a null without one, Spring asks
   * the driver for the column's type, and MariaDB's driver answers with a PREPARE and CLOSE of
   * its own, two round trips more for every tip.
   */
  public void insert(NewCase newCase) {
    jdbc.sql("""
            INSERT INTO case_file (case_id, source, external_ref, received_at, province,
                                   triage_agency, status, created_by, created_at)
            VALUES (:caseId, :source, :externalRef, :receivedAt, :province, :triageAgency,
                    :status, :createdBy, :createdAt)""")
        .param("caseId", newCase.caseId())
        .param("source", newCase.source())
        .param("externalRef", newCase.externalRef(), Types.VARCHAR)
        .param("receivedAt", Timestamp.from(newCase.receivedAt()))
        .param("province", newCase.province(), Types.VARCHAR)
        .param("triageAgency", newCase.triageAgency(), Types.VARCHAR)
        .param("status", CaseStatus.OPEN.name())
        .param("createdBy", newCase.createdBy(), Types.VARCHAR)
        .param("createdAt", Timestamp.from(clock.instant()))
        .update();
  }

  public void attachProcessInstance(String caseId, String processInstanceId) {
    jdbc.sql("UPDATE case_file SET process_instance_id = :pid WHERE case_id = :caseId")
        .param("pid", processInstanceId)
        .param("caseId", caseId)
        .update();
  }

  public void recordLeadAgency(String caseId, String leadAgency, String supportingAgencies) {
    jdbc.sql("""
            UPDATE case_file SET lead_agency = :lead, supporting_agencies = :supporting
            WHERE case_id = :caseId""")
        .param("lead", leadAgency)
        .param("supporting", supportingAgencies)
        .param("caseId", caseId)
        .update();
  }

  public void close(String caseId, String outcome, String reason, Instant closedAt) {
    jdbc.sql("""
            UPDATE case_file SET status = :status, outcome = :outcome, closure_reason = :reason,
                                 closed_at = :closedAt
            WHERE case_id = :caseId""")
        .param("status", CaseStatus.CLOSED.name())
        .param("outcome", outcome)
        .param("reason", reason)
        .param("closedAt", Timestamp.from(closedAt))
        .param("caseId", caseId)
        .update();
  }

  public Optional<CaseFile> findById(String caseId) {
    return jdbc.sql("SELECT * FROM case_file WHERE case_id = :caseId")
        .param("caseId", caseId)
        .query(CaseFileRepository::map)
        .optional();
  }

  /** Cases received before triage_agency existed get it from the source's triage agency. */
  public int backfillTriageAgency(String source, String triageAgency) {
    return jdbc.sql("""
            UPDATE case_file SET triage_agency = :agency
            WHERE source = :source AND triage_agency IS NULL""")
        .param("agency", triageAgency)
        .param("source", source)
        .update();
  }

  public long countOpen() {
    return jdbc.sql("SELECT COUNT(*) FROM case_file WHERE status = :open")
        .param("open", CaseStatus.OPEN.name())
        .query(Long.class).single();
  }

  /** The open cases' ids, in the order they were numbered. */
  public List<String> openCaseIds() {
    return jdbc.sql("SELECT case_id FROM case_file WHERE status = :open ORDER BY case_id")
        .param("open", CaseStatus.OPEN.name())
        .query(String.class).list();
  }

  /** The records of these cases (one statement, however many are asked about). */
  public List<CaseFile> findAllById(Collection<String> caseIds) {
    if (caseIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM case_file WHERE case_id IN (:ids)")
        .param("ids", caseIds)
        .query(CaseFileRepository::map)
        .list();
  }

  /** Which of these cases are open (one statement, however many are asked about). */
  public Set<String> openAmong(Collection<String> caseIds) {
    if (caseIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(jdbc.sql("""
            SELECT case_id FROM case_file WHERE case_id IN (:ids) AND status = :open""")
        .param("ids", caseIds)
        .param("open", CaseStatus.OPEN.name())
        .query(String.class)
        .list());
  }

  /**
   * Reads the case and holds its row until the transaction ends, so concurrent claims, decisions
   * and special-case transfers of one case queue up instead of each seeing "no lead yet". Taken
   * before any insert that references the case (on MariaDB a foreign key takes a shared lock on
   * the row, and two shared holders wanting the write lock would deadlock).
   */
  public Optional<LockedCase> lock(String caseId) {
    return jdbc.sql("""
            SELECT case_id, status, lead_agency, supporting_agencies, process_instance_id
            FROM case_file WHERE case_id = :caseId FOR UPDATE""")
        .param("caseId", caseId)
        .query((rs, row) -> new LockedCase(rs.getString("case_id"),
            CaseStatus.valueOf(rs.getString("status")), rs.getString("lead_agency"),
            AgencyGroups.parseList(rs.getString("supporting_agencies")),
            rs.getString("process_instance_id")))
        .optional();
  }

  public Optional<CaseFile> findByTip(String source, String externalRef) {
    return jdbc.sql("SELECT * FROM case_file WHERE source = :source AND external_ref = :ref")
        .param("source", source)
        .param("ref", externalRef)
        .query(CaseFileRepository::map)
        .optional();
  }

  private static CaseFile map(ResultSet rs, int row) throws SQLException {
    return new CaseFile(
        rs.getString("case_id"),
        rs.getString("source"),
        rs.getString("external_ref"),
        rs.getTimestamp("received_at").toInstant(),
        rs.getString("province"),
        rs.getString("triage_agency"),
        rs.getString("process_instance_id"),
        rs.getString("lead_agency"),
        rs.getString("supporting_agencies"),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getString("outcome"),
        rs.getString("closure_reason"));
  }

  /** What intake knows of a case before its process starts. */
  public record NewCase(String caseId, String source, String externalRef, Instant receivedAt,
                        String province, String triageAgency, String createdBy) {
  }
}
