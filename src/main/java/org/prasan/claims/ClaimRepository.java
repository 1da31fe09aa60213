package org.prasan.claims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.prasan.agency.AgencyGroups;
import org.prasan.casefile.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code case_claim} and {@code claim_resolution}. */
@Repository
public class ClaimRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  public ClaimRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Reads the case and holds its row until the transaction ends, so concurrent claims, decisions
   * and special-case transfers of one case queue up instead of each seeing "no lead yet". Taken
   * before any insert that references the case (on MariaDB a foreign key takes a shared lock on
   * the row, and two shared holders wanting the write lock would deadlock).
   */
  public Optional<LockedCase> lockCase(String caseId) {
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

  public long insertClaim(String caseId, String agency, String basis, String claimedBy,
                          ClaimStatus status) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO case_claim (case_id, agency, basis, status, claimed_by, claimed_at)
            VALUES (:caseId, :agency, :basis, :status, :claimedBy, :claimedAt)""")
        .param("caseId", caseId)
        .param("agency", agency)
        .param("basis", basis)
        .param("status", status.name())
        .param("claimedBy", claimedBy)
        .param("claimedAt", now())
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<Claim> findClaim(long claimId) {
    return jdbc.sql("SELECT * FROM case_claim WHERE id = :id")
        .param("id", claimId)
        .query(ClaimRepository::claim)
        .optional();
  }

  public Optional<Claim> findOpenClaim(String caseId, String agency) {
    return openClaims(caseId).stream().filter(claim -> claim.agency().equals(agency)).findFirst();
  }

  public List<Claim> openClaims(String caseId) {
    return jdbc.sql("""
            SELECT * FROM case_claim WHERE case_id = :caseId AND status IN (:open) ORDER BY id""")
        .param("caseId", caseId)
        .param("open", List.of(ClaimStatus.PENDING.name(), ClaimStatus.UNDER_RESOLUTION.name()))
        .query(ClaimRepository::claim)
        .list();
  }

  public List<Claim> claimsOf(long resolutionId) {
    return jdbc.sql("SELECT * FROM case_claim WHERE resolution_id = :id ORDER BY id")
        .param("id", resolutionId)
        .query(ClaimRepository::claim)
        .list();
  }

  public List<Claim> claimsOfCase(String caseId) {
    return jdbc.sql("SELECT * FROM case_claim WHERE case_id = :caseId ORDER BY id")
        .param("caseId", caseId)
        .query(ClaimRepository::claim)
        .list();
  }

  public void attach(long claimId, long resolutionId, ClaimStatus status) {
    jdbc.sql("UPDATE case_claim SET resolution_id = :resolution, status = :status WHERE id = :id")
        .param("resolution", resolutionId)
        .param("status", status.name())
        .param("id", claimId)
        .update();
  }

  public void setClaimStatusOfResolution(long resolutionId, ClaimStatus status) {
    jdbc.sql("UPDATE case_claim SET status = :status WHERE resolution_id = :id")
        .param("status", status.name())
        .param("id", resolutionId)
        .update();
  }

  public void decideClaim(long claimId, ClaimStatus status) {
    jdbc.sql("UPDATE case_claim SET status = :status, decided_at = :at WHERE id = :id")
        .param("status", status.name())
        .param("at", now())
        .param("id", claimId)
        .update();
  }

  /** A new open resolution; the unique {@code open_case_id} refuses a second open one. */
  public long insertResolution(String caseId, ClaimResolution.Kind kind, String previousLead) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO claim_resolution (case_id, open_case_id, kind, previous_lead, created_at)
            VALUES (:caseId, :caseId, :kind, :previousLead, :createdAt)""")
        .param("caseId", caseId)
        .param("kind", kind.name())
        .param("previousLead", previousLead)
        .param("createdAt", now())
        .update(key, "id");
    return key.getKey().longValue();
  }

  public void attachProcessInstance(long resolutionId, String processInstanceId) {
    jdbc.sql("UPDATE claim_resolution SET process_instance_id = :pid WHERE id = :id")
        .param("pid", processInstanceId)
        .param("id", resolutionId)
        .update();
  }

  public void changeKind(long resolutionId, ClaimResolution.Kind kind) {
    jdbc.sql("UPDATE claim_resolution SET kind = :kind WHERE id = :id")
        .param("kind", kind.name())
        .param("id", resolutionId)
        .update();
  }

  public void decideResolution(long resolutionId, String leadAgency, String supporting,
                               String reason, String decidedBy) {
    jdbc.sql("""
            UPDATE claim_resolution SET open_case_id = NULL, lead_agency = :lead,
                   supporting_agencies = :supporting, reason = :reason, decided_by = :by,
                   decided_at = :at
            WHERE id = :id""")
        .param("lead", leadAgency)
        .param("supporting", supporting)
        .param("reason", reason)
        .param("by", decidedBy)
        .param("at", now())
        .param("id", resolutionId)
        .update();
  }

  public Optional<ClaimResolution> findOpenResolution(String caseId) {
    return jdbc.sql("SELECT * FROM claim_resolution WHERE open_case_id = :caseId")
        .param("caseId", caseId)
        .query(ClaimRepository::resolution)
        .optional();
  }

  public Optional<ClaimResolution> findResolution(long resolutionId) {
    return jdbc.sql("SELECT * FROM claim_resolution WHERE id = :id")
        .param("id", resolutionId)
        .query(ClaimRepository::resolution)
        .optional();
  }

  public List<ClaimResolution> resolutionsOf(String caseId) {
    return jdbc.sql("SELECT * FROM claim_resolution WHERE case_id = :caseId ORDER BY id")
        .param("caseId", caseId)
        .query(ClaimRepository::resolution)
        .list();
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private static Claim claim(ResultSet rs, int row) throws SQLException {
    long resolution = rs.getLong("resolution_id");
    return new Claim(rs.getLong("id"), rs.getString("case_id"), rs.getString("agency"),
        rs.getString("basis"), ClaimStatus.valueOf(rs.getString("status")),
        rs.wasNull() ? null : resolution, rs.getString("claimed_by"),
        rs.getTimestamp("claimed_at").toInstant());
  }

  private static ClaimResolution resolution(ResultSet rs, int row) throws SQLException {
    return new ClaimResolution(rs.getLong("id"), rs.getString("case_id"),
        ClaimResolution.Kind.valueOf(rs.getString("kind")), rs.getString("process_instance_id"),
        rs.getString("previous_lead"), rs.getString("lead_agency"),
        rs.getString("supporting_agencies"), rs.getString("reason"), rs.getString("decided_by"),
        rs.getString("open_case_id") != null);
  }
}
