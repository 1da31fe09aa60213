package org.prasan.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code evidence_exhibit} and {@code evidence_custody}. */
@Repository
public class ExhibitRepository {

  private final JdbcClient jdbc;

  public ExhibitRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long nextExhibitNumber() {
    return jdbc.sql("SELECT NEXT VALUE FOR exhibit_number_seq").query(Long.class).single();
  }

  public void insert(Exhibit exhibit) {
    jdbc.sql("""
            INSERT INTO evidence_exhibit (exhibit_id, case_id, description, seized_at, seized_by,
                file_name, content_type, size_bytes, sha256, storage_path, registered_by,
                registered_at, custody_length, custody_head_hash)
            VALUES (:id, :caseId, :description, :seizedAt, :seizedBy, :fileName, :contentType,
                :size, :sha256, :path, :by, :at, :length, :head)""")
        .param("id", exhibit.exhibitId())
        .param("caseId", exhibit.caseId())
        .param("description", exhibit.description())
        .param("seizedAt", exhibit.seizedAt() == null ? null : Timestamp.from(exhibit.seizedAt()))
        .param("seizedBy", exhibit.seizedBy())
        .param("fileName", exhibit.fileName())
        .param("contentType", exhibit.contentType())
        .param("size", exhibit.sizeBytes())
        .param("sha256", exhibit.sha256())
        .param("path", exhibit.storagePath())
        .param("by", exhibit.registeredBy())
        .param("at", Timestamp.from(exhibit.registeredAt()))
        .param("length", exhibit.custodyLength())
        .param("head", exhibit.custodyHeadHash())
        .update();
  }

  public void append(CustodyEntry entry) {
    jdbc.sql("""
            INSERT INTO evidence_custody (exhibit_id, seq, action, from_agency, to_agency,
                purpose, recorded_by, recorded_at, content_sha256, prev_hash, entry_hash)
            VALUES (:id, :seq, :action, :from, :to, :purpose, :by, :at, :content, :prev, :hash)""")
        .param("id", entry.exhibitId())
        .param("seq", entry.seq())
        .param("action", entry.action())
        .param("from", entry.fromAgency())
        .param("to", entry.toAgency())
        .param("purpose", entry.purpose())
        .param("by", entry.recordedBy())
        .param("at", Timestamp.from(entry.recordedAt()))
        .param("content", entry.contentSha256())
        .param("prev", entry.prevHash())
        .param("hash", entry.entryHash())
        .update();
    jdbc.sql("""
            UPDATE evidence_exhibit SET custody_length = :seq, custody_head_hash = :hash
            WHERE exhibit_id = :id""")
        .param("seq", entry.seq())
        .param("hash", entry.entryHash())
        .param("id", entry.exhibitId())
        .update();
  }

  public Optional<Exhibit> find(String exhibitId) {
    return jdbc.sql("SELECT * FROM evidence_exhibit WHERE exhibit_id = :id")
        .param("id", exhibitId)
        .query(ExhibitRepository::exhibit)
        .optional();
  }

  /** The exhibit, locked until the transaction ends: custody entries append one at a time. */
  public Optional<Exhibit> lock(String exhibitId) {
    return jdbc.sql("SELECT * FROM evidence_exhibit WHERE exhibit_id = :id FOR UPDATE")
        .param("id", exhibitId)
        .query(ExhibitRepository::exhibit)
        .optional();
  }

  public List<Exhibit> ofCase(String caseId) {
    return jdbc.sql("SELECT * FROM evidence_exhibit WHERE case_id = :caseId ORDER BY exhibit_id")
        .param("caseId", caseId)
        .query(ExhibitRepository::exhibit)
        .list();
  }

  public List<CustodyEntry> custodyOf(String exhibitId) {
    return jdbc.sql("SELECT * FROM evidence_custody WHERE exhibit_id = :id ORDER BY seq, id")
        .param("id", exhibitId)
        .query(ExhibitRepository::entry)
        .list();
  }

  private static Exhibit exhibit(ResultSet rs, int row) throws SQLException {
    Timestamp seizedAt = rs.getTimestamp("seized_at");
    return new Exhibit(rs.getString("exhibit_id"), rs.getString("case_id"),
        rs.getString("description"), seizedAt == null ? null : seizedAt.toInstant(),
        rs.getString("seized_by"), rs.getString("file_name"), rs.getString("content_type"),
        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("storage_path"),
        rs.getString("registered_by"), rs.getTimestamp("registered_at").toInstant(),
        rs.getInt("custody_length"), rs.getString("custody_head_hash"));
  }

  private static CustodyEntry entry(ResultSet rs, int row) throws SQLException {
    return new CustodyEntry(rs.getString("exhibit_id"), rs.getInt("seq"), rs.getString("action"),
        rs.getString("from_agency"), rs.getString("to_agency"), rs.getString("purpose"),
        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("content_sha256"), rs.getString("prev_hash"), rs.getString("entry_hash"));
  }
}
