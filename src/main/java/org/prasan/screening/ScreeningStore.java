package org.prasan.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Prasan's screening tables: operations, listed people, their languages, imports. The people
 * of a list are written in JDBC batches, so the 7,141st person costs what the first did.
 */
@Repository
class ScreeningStore {

  static final String RECEIVED = "RECEIVED";

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;

  ScreeningStore(JdbcClient jdbc, JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  void insert(Operation operation) {
    jdbc.sql("""
            INSERT INTO screening_operation (operation_id, name, site, received_at,
                handed_over_by, lead_agency, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(operation.operationId(), operation.name(), operation.site(),
            Timestamp.from(operation.receivedAt()), operation.handedOverBy(),
            operation.leadAgency(), operation.createdBy(), Timestamp.from(operation.createdAt()))
        .update();
  }

  Optional<Operation> operation(String operationId) {
    return jdbc.sql("SELECT * FROM screening_operation WHERE operation_id = ?")
        .param(operationId)
        .query((rs, row) -> new Operation(rs.getString("operation_id"), rs.getString("name"),
            rs.getString("site"), rs.getTimestamp("received_at").toInstant(),
            rs.getString("handed_over_by"), rs.getString("lead_agency"),
            rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
        .optional();
  }

  /** A listed person as stored, for comparing a row sent again. */
  record StoredPerson(String personRef, String listRef, String keyId, byte[] ciphertext,
                      boolean extended) {
  }

  /** The people already listed in the operation, by listRef: one query for the whole list. */
  Map<String, StoredPerson> listed(String operationId) {
    Map<String, StoredPerson> listed = new HashMap<>();
    jdbc.sql("""
            SELECT person_ref, list_ref, key_id, identity_ciphertext, extended
            FROM screening_person WHERE operation_id = ?""")
        .param(operationId)
        .query(rs -> {
          listed.put(rs.getString("list_ref"), new StoredPerson(rs.getString("person_ref"),
              rs.getString("list_ref"), rs.getString("key_id"),
              rs.getBytes("identity_ciphertext"), rs.getBoolean("extended")));
        });
    return listed;
  }

  /** What a person's row holds in clear, and the seal. */
  record PersonColumns(String personRef, String operationId, PersonRow row, String ageBand,
                       boolean child, boolean youthInterview, Instant holdStartsAt,
                       Instant holdEndsAt, String keyId, byte[] ciphertext) {
  }

  void insertPeople(List<PersonColumns> people, Instant at) {
    if (people.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>(people.size());
    for (PersonColumns person : people) {
      rows.add(new Object[] {person.personRef(), person.operationId(), person.row().listRef(),
          person.row().sex(), person.ageBand(), person.child(), person.youthInterview(),
          person.row().nationality(), String.join(";", person.row().languages()),
          timestamp(person.row().arrivedAt()), Timestamp.from(person.holdStartsAt()),
          Timestamp.from(person.holdEndsAt()), RECEIVED, person.keyId(), person.ciphertext(),
          Timestamp.from(at)});
    }
    batches.batchUpdate("""
        INSERT INTO screening_person (person_ref, operation_id, list_ref, sex, age_band, child,
            youth_interview, nationality, languages, arrived_at, hold_starts_at, hold_ends_at,
            extended, status, key_id, identity_ciphertext, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?)""", rows);
    insertLanguages(people);
  }

  /** A changed row: its clear columns and seal; its hold moves only while not extended. */
  void updatePeople(List<PersonColumns> people, Instant at) {
    if (people.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>(people.size());
    List<Object[]> refs = new ArrayList<>(people.size());
    for (PersonColumns person : people) {
      rows.add(new Object[] {person.row().sex(), person.ageBand(), person.child(),
          person.youthInterview(), person.row().nationality(),
          String.join(";", person.row().languages()), timestamp(person.row().arrivedAt()),
          Timestamp.from(person.holdStartsAt()), Timestamp.from(person.holdEndsAt()),
          person.keyId(), person.ciphertext(), Timestamp.from(at), person.personRef()});
      refs.add(new Object[] {person.personRef()});
    }
    batches.batchUpdate("""
        UPDATE screening_person SET sex = ?, age_band = ?, child = ?, youth_interview = ?,
            nationality = ?, languages = ?, arrived_at = ?, hold_starts_at = ?,
            hold_ends_at = CASE WHEN extended THEN hold_ends_at ELSE ? END,
            key_id = ?, identity_ciphertext = ?, updated_at = ?
        WHERE person_ref = ?""", rows);
    batches.batchUpdate("DELETE FROM screening_person_language WHERE person_ref = ?", refs);
    insertLanguages(people);
  }

  private void insertLanguages(List<PersonColumns> people) {
    List<Object[]> rows = new ArrayList<>();
    for (PersonColumns person : people) {
      for (String language : person.row().languages()) {
        rows.add(new Object[] {person.personRef(), person.operationId(), language});
      }
    }
    batches.batchUpdate("""
        INSERT INTO screening_person_language (person_ref, operation_id, language)
        VALUES (?, ?, ?)""", rows);
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
