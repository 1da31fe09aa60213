package org.prasan.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code screening_import} and its rejections. */
@Repository
class ImportRecords {

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;

  ImportRecords(JdbcClient jdbc, JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  void start(String importId, String operationId, int total, String user, Instant at) {
    jdbc.sql("""
            INSERT INTO screening_import (import_id, operation_id, status, total, imported,
                updated, unchanged, rejected, created_by, started_at)
            VALUES (?, ?, 'RUNNING', ?, 0, 0, 0, 0, ?, ?)""")
        .params(importId, operationId, total, user, Timestamp.from(at))
        .update();
  }

  /** The rows are stored: counts and rejections, in the import's transaction. */
  void stored(String importId, int imported, int updated, int unchanged,
              List<Rejection> rejections) {
    jdbc.sql("""
            UPDATE screening_import SET imported = ?, updated = ?, unchanged = ?, rejected = ?
            WHERE import_id = ?""")
        .params(imported, updated, unchanged, rejections.size(), importId)
        .update();
    List<Object[]> rows = new ArrayList<>(rejections.size());
    for (Rejection rejection : rejections) {
      rows.add(new Object[] {importId, rejection.row(), rejection.field(),
          rejection.reason(), rejection.reasonTh()});
    }
    batches.batchUpdate("""
        INSERT INTO screening_import_rejection (import_id, row_no, field_name, reason_en,
            reason_th) VALUES (?, ?, ?, ?, ?)""", rows);
  }

  void finish(String importId, ImportStatus.State state, Instant at) {
    jdbc.sql("UPDATE screening_import SET status = ?, finished_at = ? WHERE import_id = ?")
        .params(state.name(), Timestamp.from(at), importId)
        .update();
  }

  /** The operation's latest imports, newest first, without their rejections. */
  List<ImportStatus> latest(String operationId, int limit) {
    return jdbc.sql("SELECT * FROM screening_import WHERE operation_id = ? "
            + "ORDER BY started_at DESC, import_id LIMIT " + limit)
        .param(operationId)
        .query((rs, row) -> new ImportStatus(rs.getString("import_id"),
            rs.getString("operation_id"), ImportStatus.State.valueOf(rs.getString("status")),
            rs.getInt("total"), rs.getInt("imported"), rs.getInt("updated"),
            rs.getInt("unchanged"), List.of(), rs.getTimestamp("started_at").toInstant(),
            rs.getTimestamp("finished_at") == null ? null
                : rs.getTimestamp("finished_at").toInstant()))
        .list();
  }

  Optional<ImportStatus> find(String operationId, String importId) {
    List<Rejection> rejected = jdbc.sql("""
            SELECT row_no, field_name, reason_en, reason_th FROM screening_import_rejection
            WHERE import_id = ? ORDER BY row_no, field_name""")
        .param(importId)
        .query((rs, row) -> new Rejection(rs.getInt("row_no"), rs.getString("field_name"),
            rs.getString("reason_en"), rs.getString("reason_th")))
        .list();
    return jdbc.sql("SELECT * FROM screening_import WHERE import_id = ? AND operation_id = ?")
        .params(importId, operationId)
        .query((rs, row) -> new ImportStatus(rs.getString("import_id"),
            rs.getString("operation_id"), ImportStatus.State.valueOf(rs.getString("status")),
            rs.getInt("total"), rs.getInt("imported"), rs.getInt("updated"),
            rs.getInt("unchanged"), rejected, rs.getTimestamp("started_at").toInstant(),
            rs.getTimestamp("finished_at") == null ? null
                : rs.getTimestamp("finished_at").toInstant()))
        .optional();
  }
}
