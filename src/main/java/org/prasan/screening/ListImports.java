package org.prasan.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.prasan.screening.HandoverList.RawRow;
import org.prasan.screening.ScreeningStore.PersonColumns;
import org.prasan.screening.ScreeningStore.StoredPerson;
import org.prasan.system.BangkokTime;
import org.prasan.system.Bilingual;
import org.prasan.system.ConflictException;
import org.prasan.victim.AgeBand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a handover list into an operation: every good row in one transaction (JDBC
 * batches), so a failure stores none of them; bad rows are rejected one by one. Idempotent by
 * {@code listRef}: a row sent again as it was changes nothing, a changed row is updated. Long
 * lists run on the bounded import executor. Log lines name the operation, the import and
 * counts, never a person.
 */
@Service
class ListImports {

  private static final Logger LOG = LoggerFactory.getLogger(ListImports.class);

  private final ScreeningStore store;
  private final ImportRecords records;
  private final PersonSeals seals;
  private final ScreeningRefs refs;
  private final PersonProcesses processes;
  private final ScreeningProperties properties;
  private final ExecutorService executor;
  private final TransactionTemplate transaction;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final PersonRows rows;
  private final ScreeningQueues queues;

  ListImports(ScreeningStore store, ImportRecords records, PersonSeals seals,
              ScreeningRefs refs, PersonProcesses processes, ScreeningProperties properties, ScreeningQueues queues,
              @Qualifier(ScreeningConfiguration.IMPORT_EXECUTOR) ExecutorService executor,
              TransactionTemplate transaction, JdbcClient jdbc, ObjectMapper json, Clock clock,
              @Value("${prasan.api.clock-skew:PT2M}") Duration skew) {
    this.store = store;
    this.records = records;
    this.seals = seals;
    this.refs = refs;
    this.processes = processes;
    this.properties = properties;
    this.executor = executor;
    this.transaction = transaction;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.rows = new PersonRows(clock, skew);
    this.queues = queues;
  }

  /** Reads the list (a malformed one is refused whole) and imports it, now or in the background. */
  ImportStatus submit(Operation operation, byte[] body, boolean csv, String user) {
    List<RawRow> raw = csv ? HandoverList.csv(body, properties.maxRows())
        : HandoverList.json(body, json, properties.maxRows());
    String importId = refs.importId();
    records.start(importId, operation.operationId(), raw.size(), user, clock.instant());
    if (raw.size() <= properties.syncRows()) {
      run(operation, importId, raw);
    } else {
      try {
        executor.execute(() -> run(operation, importId, raw));
      } catch (RejectedExecutionException busy) {
        records.finish(importId, ImportStatus.State.FAILED, clock.instant());
        throw new ConflictException(Bilingual.of(
            "มีรายชื่อรอนำเข้าเต็มคิวแล้ว: ส่งใหม่เมื่อรายการก่อนหน้าเสร็จ",
            "Too many lists are waiting to be imported: send it again when one has finished"));
      }
    }
    return records.find(operation.operationId(), importId).orElseThrow();
  }

  private void run(Operation operation, String importId, List<RawRow> raw) {
    long started = System.nanoTime();
    try {
      Counts counts = transaction.execute(status -> store(operation, importId, raw));
      int running = processes.startWaiting(operation.operationId());
      processes.moveHolds(counts.changed);
      queues.ofOperation(operation);
      records.finish(importId, ImportStatus.State.DONE, clock.instant());
      LOG.info("Screening {} import {}: {} rows, {} new, {} updated, {} unchanged, {} rejected, "
              + "{} processes started, {} ms", operation.operationId(), importId, raw.size(),
          counts.imported, counts.updated, counts.unchanged, counts.rejected, running,
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException failure) {
      // The exception's message may quote a row's values: only its kind is logged.
      LOG.error("Screening {} import {} failed ({}); nothing of it was stored",
          operation.operationId(), importId, failure.getClass().getName());
      records.finish(importId, ImportStatus.State.FAILED, clock.instant());
    }
  }

  private Counts store(Operation operation, String importId, List<RawRow> raw) {
    // One import per operation at a time: the second waits here, then sees the first's rows.
    jdbc.sql("SELECT operation_id FROM screening_operation WHERE operation_id = ? FOR UPDATE")
        .param(operation.operationId()).query(String.class).single();
    Map<String, StoredPerson> listed = store.listed(operation.operationId());
    Map<String, Integer> seen = new HashMap<>();
    List<Rejection> rejections = new ArrayList<>();
    List<PersonColumns> added = new ArrayList<>();
    List<PersonColumns> changed = new ArrayList<>();
    int unchanged = 0;
    LocalDate day = LocalDate.ofInstant(operation.receivedAt(), BangkokTime.ZONE);
    for (RawRow rawRow : raw) {
      PersonRow row = rows.check(rawRow, rejections);
      if (row == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(row.listRef(), rawRow.number());
      if (first != null) {
        rejections.add(Rejection.of(rawRow.number(), PersonRows.LIST_REF, Bilingual.of(
            "listRef ซ้ำกับแถว " + first + " ของรายชื่อนี้",
            "The listRef repeats row " + first + " of this list")));
        continue;
      }
      StoredPerson stored = listed.get(row.listRef());
      if (stored == null) {
        added.add(columns(refs.person(), operation, row, day));
      } else if (row.equals(seals.open(stored.ciphertext(), stored.personRef(),
          operation.operationId(), stored.keyId()))) {
        unchanged++;
      } else {
        changed.add(columns(stored.personRef(), operation, row, day));
      }
    }
    Instant now = clock.instant();
    store.insertPeople(added, now);
    store.updatePeople(changed, now);
    rejections.sort(java.util.Comparator.comparingInt(Rejection::row));
    records.stored(importId, added.size(), changed.size(), unchanged, rejections);
    return new Counts(added.size(), changed.size(), unchanged, rejections.size(),
        changed.stream().map(PersonColumns::personRef).toList());
  }

  private PersonColumns columns(String personRef, Operation operation, PersonRow row,
                                LocalDate day) {
    Instant holdStarts = row.arrivedAt() != null ? row.arrivedAt() : operation.receivedAt();
    AgeBand band = row.ageBand(day);
    return new PersonColumns(personRef, operation.operationId(), row, band.value(),
        row.child(day), row.youthInterview(day), holdStarts, holdStarts.plus(properties.hold()),
        seals.activeKeyId(), seals.seal(row, personRef, operation.operationId()));
  }

  private record Counts(int imported, int updated, int unchanged, int rejected,
                        List<String> changed) {
  }
}
