package org.prasan.screening;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.prasan.system.EngineAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts each listed person's person-screening process, {@code startBatch} people per
 * transaction; the process gets the person's ref, age band, flags, languages and hold end,
 * nothing that names them. A person whose process runs has it on their row, so starting again
 * (a second import, a restart after a failure) starts only those still waiting.
 */
@Service
class PersonProcesses {

  static final String CHECKING = "CHECKING";

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final EngineAccess engine;
  private final TransactionTemplate transaction;
  private final ScreeningProperties properties;
  private final HoldEnds holdEnds;
  private final ExecutorService starters;

  PersonProcesses(JdbcClient jdbc, JdbcTemplate batches, RuntimeService runtimeService,
                  ManagementService managementService, EngineAccess engine,
                  TransactionTemplate transaction, ScreeningProperties properties,
                  HoldEnds holdEnds,
                  @Qualifier(ScreeningConfiguration.START_EXECUTOR) ExecutorService starters) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.engine = engine;
    this.transaction = transaction;
    this.properties = properties;
    this.holdEnds = holdEnds;
    this.starters = starters;
  }

  /**
   * Starts the process of every person of the operation who has none yet, soonest hold end
   * first, {@code startBatch} people per transaction on {@code startThreads} threads at once;
   * answers how many. One thread leaves the machine idle half the time: while it waits for
   * MariaDB to store a batch, the next batch's engine work can run (the first failure is
   * thrown once every batch has ended).
   */
  int startWaiting(String operationId) {
    List<String> waiting = jdbc.sql("""
            SELECT person_ref FROM screening_person
            WHERE operation_id = ? AND process_instance_id IS NULL
            ORDER BY hold_ends_at, person_ref""")
        .param(operationId).query(String.class).list();
    if (waiting.isEmpty()) {
      return 0;
    }
    if (waiting.size() <= properties.startBatch()) {
      Integer started = transaction.execute(status -> startBatch(operationId, waiting));
      return started == null ? 0 : started;
    }
    List<Future<Integer>> batches = new ArrayList<>();
    for (int from = 0; from < waiting.size(); from += properties.startBatch()) {
      List<String> batch = waiting.subList(from,
          Math.min(waiting.size(), from + properties.startBatch()));
      batches.add(starters.submit(() -> transaction.execute(status ->
          startBatch(operationId, batch))));
    }
    int started = 0;
    RuntimeException failure = null;
    for (Future<Integer> batch : batches) {
      try {
        started += batch.get();
      } catch (ExecutionException failed) {
        failure = failure != null ? failure : failed.getCause() instanceof RuntimeException
            runtime ? runtime : new IllegalStateException(failed.getCause());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        batches.forEach(rest -> rest.cancel(true));
        throw new IllegalStateException("Interrupted while starting processes", interrupted);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return started;
  }

  private int startBatch(String operationId, List<String> personRefs) {
    // Locked, and only those still waiting: an import running beside this one (a short list
    // is imported in its request) waits here, then finds them started and starts nobody twice.
    List<Waiting> waiting = jdbc.sql("""
            SELECT person_ref, age_band, child, youth_interview, languages, nationality,
                hold_ends_at
            FROM screening_person
            WHERE person_ref IN (:refs) AND process_instance_id IS NULL
            ORDER BY hold_ends_at, person_ref FOR UPDATE""")
        .param("refs", personRefs)
        .query((rs, row) -> new Waiting(rs.getString("person_ref"), rs.getString("age_band"),
            rs.getBoolean("child"), rs.getBoolean("youth_interview"), rs.getString("languages"),
            !"TH".equals(rs.getString("nationality")), rs.getTimestamp("hold_ends_at")))
        .list();
    if (waiting.isEmpty()) {
      return 0;
    }
    // One engine command for the whole batch: its inserts are flushed together (JDBC
    // batches), not person by person; the round trips, not the rows, are what cost.
    String site = jdbc.sql("SELECT site FROM screening_operation WHERE operation_id = ?")
        .param(operationId).query(String.class).single();
    List<Object[]> started = engine.asSystem(() -> {
      List<Object[]> ids = new ArrayList<>(waiting.size());
      for (Waiting person : waiting) {
        ids.add(new Object[] {runtimeService.startProcessInstanceByKey(
            PersonScreeningProcess.KEY, person.personRef(), variables(operationId, site, person))
            .getId(), CHECKING, person.personRef()});
      }
      return ids;
    });
    batches.batchUpdate("UPDATE screening_person SET process_instance_id = ?, status = ? "
        + "WHERE person_ref = ?", started);
    return waiting.size();
  }

  /**
   * A changed row may have moved a person's reception, so their hold's end: their process
   * learns the new end and its hold timer moves to it, earlier or later (an extended hold stays
   * as the court set it). Answers how many processes moved.
   */
  int moveHolds(List<String> personRefs) {
    int moved = 0;
    for (String personRef : personRefs) {
      Map<String, Object> row = jdbc.sql("SELECT process_instance_id, hold_ends_at, extended "
              + "FROM screening_person WHERE person_ref = ?")
          .param(personRef).query().singleRow();
      String processInstanceId = (String) row.get("PROCESS_INSTANCE_ID");
      if (processInstanceId == null || Boolean.TRUE.equals(row.get("EXTENDED"))) {
        continue;
      }
      Date ends = new Date(((Timestamp) row.get("HOLD_ENDS_AT")).getTime());
      if (holdEnds.move(processInstanceId, ends)) {
        engine.asSystem(() -> managementService.createJobQuery()
            .processInstanceId(processInstanceId)
            .activityId(PersonScreeningProcess.TIMER_HOLD_ENDS).list()
            .forEach(job -> managementService.setJobDuedate(job.getId(), ends)));
      }
      moved++;
    }
    return moved;
  }

  private Map<String, Object> variables(String operationId, String site, Waiting person) {
    return Variables.createVariables()
        .putValue(PersonScreeningProcess.VAR_PERSON_REF, person.personRef())
        .putValue(PersonScreeningProcess.VAR_OPERATION_ID, operationId)
        .putValue(PersonScreeningProcess.VAR_AGE_BAND, person.ageBand())
        .putValue(PersonScreeningProcess.VAR_CHILD, person.child())
        .putValue(PersonScreeningProcess.VAR_YOUTH_INTERVIEW, person.youthInterview())
        .putValue(PersonScreeningProcess.VAR_PERSON_LANGUAGES, person.languages())
        .putValue(PersonScreeningProcess.VAR_FOREIGN, person.foreign())
        .putValue(PersonScreeningProcess.VAR_HOLD_APPLIES, true)
        .putValue(PersonScreeningProcess.VAR_SCREENING_SITE, site)
        .putValue(PersonScreeningProcess.VAR_SCREENING_LANGUAGE,
            ScreeningQueues.firstLanguage(person.languages()))
        .putValue(PersonScreeningProcess.VAR_SCREENING_QUEUE,
            ScreeningQueues.group(site, ScreeningQueues.firstLanguage(person.languages())))
        .putValue(PersonScreeningProcess.VAR_HOLD_ENDS_AT,
            new Date(person.holdEndsAt().getTime()))
        .putValue(PersonScreeningProcess.VAR_CHECK_FALLBACK_AFTER,
            properties.checkFallbackAfter().toString());
  }

  private record Waiting(String personRef, String ageBand, boolean child, boolean youthInterview,
                         String languages, boolean foreign, Timestamp holdEndsAt) {
  }
}
