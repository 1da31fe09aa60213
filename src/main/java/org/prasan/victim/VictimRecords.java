package org.prasan.victim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code victim_identity}; the identity itself only as ciphertext. */
@Repository
public class VictimRecords {

  private final JdbcClient jdbc;

  public VictimRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(StoredVictim victim) {
    jdbc.sql("""
            INSERT INTO victim_identity (victim_ref, case_id, age_band, child, foreign_national,
                                         key_id, identity_ciphertext, recorded_by, recorded_at)
            VALUES (:ref, :caseId, :ageBand, :child, :foreign, :keyId, :ciphertext,
                    :recordedBy, :recordedAt)""")
        .param("ref", victim.victimRef())
        .param("caseId", victim.caseId())
        .param("ageBand", victim.ageBand().value())
        .param("child", victim.child())
        .param("foreign", victim.foreign())
        .param("keyId", victim.keyId())
        .param("ciphertext", victim.ciphertext())
        .param("recordedBy", victim.recordedBy())
        .param("recordedAt", Timestamp.from(victim.recordedAt()))
        .update();
  }

  public Optional<StoredVictim> find(String victimRef) {
    return jdbc.sql("SELECT * FROM victim_identity WHERE victim_ref = :ref")
        .param("ref", victimRef)
        .query(VictimRecords::map)
        .optional();
  }

  public List<StoredVictim> ofCase(String caseId) {
    return jdbc.sql("SELECT * FROM victim_identity WHERE case_id = :caseId ORDER BY recorded_at, victim_ref")
        .param("caseId", caseId)
        .query(VictimRecords::map)
        .list();
  }

  /** How many victims the case has, children and foreign among them: one indexed count. */
  public VictimCounts countsOf(String caseId) {
    return jdbc.sql("""
            SELECT COUNT(*), SUM(CASE WHEN child THEN 1 ELSE 0 END),
                   SUM(CASE WHEN foreign_national THEN 1 ELSE 0 END)
            FROM victim_identity WHERE case_id = :caseId""")
        .param("caseId", caseId)
        .query((rs, row) -> new VictimCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
        .single();
  }

  /** A case's victims, counted. */
  public record VictimCounts(long victims, long children, long foreign) {
  }

  public List<String> notUnderKey(String keyId) {
    return jdbc.sql("SELECT victim_ref FROM victim_identity WHERE key_id <> :keyId ORDER BY victim_ref")
        .param("keyId", keyId)
        .query(String.class)
        .list();
  }

  public void rekey(String victimRef, String keyId, byte[] ciphertext, Instant at) {
    jdbc.sql("""
            UPDATE victim_identity SET key_id = :keyId, identity_ciphertext = :ciphertext,
                                       rekeyed_at = :at
            WHERE victim_ref = :ref""")
        .param("keyId", keyId)
        .param("ciphertext", ciphertext)
        .param("at", Timestamp.from(at))
        .param("ref", victimRef)
        .update();
  }

  private static StoredVictim map(ResultSet rs, int row) throws SQLException {
    return new StoredVictim(rs.getString("victim_ref"), rs.getString("case_id"),
        AgeBand.fromValue(rs.getString("age_band")), rs.getBoolean("child"),
        rs.getBoolean("foreign_national"), rs.getString("key_id"),
        rs.getBytes("identity_ciphertext"), rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }

  /** A vault row as stored. */
  public record StoredVictim(String victimRef, String caseId, AgeBand ageBand, boolean child,
                             boolean foreign, String keyId, byte[] ciphertext,
                             String recordedBy, Instant recordedAt) {

    /** Binds the ciphertext to this row and key. */
    String associatedData() {
      return associatedData(victimRef, caseId, keyId);
    }

    static String associatedData(String victimRef, String caseId, String keyId) {
      return "prasan-vault-v1|" + victimRef + "|" + caseId + "|" + keyId;
    }
  }
}
