package org.prasan.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.MariaDbTestDatabase;
import org.prasan.claims.Concurrently;
import org.prasan.intake.TipRequests;

/**
 * Two real nodes, two JVMs started from the packaged jar as the Docker image starts them, on one
 * fresh MariaDB database: both take tips, every timer fires once on one of them, a task
 * completed on both at once is completed once (the other answer is 409), and a node killed with
 * SIGKILL in the middle of a burst of tips loses no acknowledged tip while the other node fires
 * the timers the dead one had locked, once their locks expire.
 *
 * <p>Test settings, all from the environment as in {@code docker/compose.yaml}: a job lock time
 * of {@value #LOCK_TIME_MS} ms instead of 5 minutes, job acquisition every 2 s at most, and a
 * triage service level and supervisors' grace of seconds, so the test waits seconds, not
 * minutes or working days.
 */
@Tag("mariadb")
@Tag("nodes")
class TwoNodesIT {

  static final long LOCK_TIME_MS = 10_000;
  /** The triage's service level here, and the supervisors' grace before the coordinators. */
  static final int TRIAGE_SECONDS = 8;
  private static final DateTimeFormatter CAMUNDA_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String PASSWORD = "it-" + UUID.randomUUID();

  static MariaDbTestDatabase database;
  static Node a;
  static Node b;
  static final NodeApi ADMIN = new NodeApi("it-admin", PASSWORD);
  static final NodeApi COORDINATOR = new NodeApi("it-coordinator", PASSWORD);
  static final NodeApi OFFICER = new NodeApi("it-officer", PASSWORD);

  @BeforeAll
  static void twoNodesOnOneDatabase() throws Exception {
    database = MariaDbTestDatabase.create("prasan_it_" + RUN.replace('-', '_') + "_nodes");
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PRASAN_DB_URL", database.url());
    environment.put("PRASAN_DB_USER", "root");
    environment.put("PRASAN_DB_PASSWORD", "");
    environment.put("PRASAN_ADMIN_USER", "it-admin");
    environment.put("PRASAN_ADMIN_PASSWORD", PASSWORD);
    // Production refuses to start without a vault key: one made for this run, shared by both.
    byte[] vaultKey = new byte[32];
    new java.security.SecureRandom().nextBytes(vaultKey);
    environment.put("PRASAN_VAULT_KEY", java.util.Base64.getEncoder().encodeToString(vaultKey));
    environment.put("PRASAN_VAULT_KEY_ID", "it-" + RUN);
    environment.put("JAVA_TOOL_OPTIONS", "-Xmx512m");
    environment.put("CAMUNDA_BPM_JOBEXECUTION_LOCKTIMEINMILLIS", Long.toString(LOCK_TIME_MS));
    environment.put("CAMUNDA_BPM_JOBEXECUTION_WAITTIMEINMILLIS", "500");
    environment.put("CAMUNDA_BPM_JOBEXECUTION_MAXWAIT", "2000");
    // The bracketed key keeps the task id's case and underscore, as in sop.yaml.
    environment.put("SPRING_APPLICATION_JSON", "{\"prasan\":{\"sla\":{\"service-levels\":"
        + "{\"[Task_TriageTip]\":\"" + TRIAGE_SECONDS + "s\"},\"escalation\":"
        + "{\"coordinator-grace\":\"" + TRIAGE_SECONDS + "s\"}}}}");
    a = Node.named("node-a", environment, List.of());
    b = Node.named("node-b", environment, List.of(a));
    // The first node alone on the empty database: it creates the schemas (README "Production").
    a.start();
    a.awaitHealthy();
    b.start();
    b.awaitHealthy();
    createUser("it-coordinator", "coordinator");
    createUser("it-officer", "rtp-atpd");
    NodeApi.Answer deployed = COORDINATOR.upload(a, "/api/models/deployments", "files",
        List.of(testModel(DeadlineProbe.BPMN), testModel(DeadlineProbe.FORM),
            testModel(DeadlineProbe.START_FORM)));
    assertThat(deployed.status()).as("deployment: %s", deployed.body()).isEqualTo(201);
  }

  /** A test may have killed a node: start it again, as an operator would. */
  @BeforeEach
  void bothNodesRunning() throws Exception {
    for (Node node : List.of(a, b)) {
      if (!node.running()) {
        node.start();
        node.awaitHealthy();
      }
    }
  }

  @AfterAll
  static void stopNodes() throws Exception {
    for (Node node : new Node[] {a, b}) {
      if (node != null) {
        node.stop();
      }
    }
    if (database != null) {
      database.drop();
    }
  }

  @Test
  void bothNodesTakeTipsAndEachSeesTheOthersCases() throws Exception {
    for (int tip = 0; tip < 10; tip++) {
      Node taker = tip % 2 == 0 ? a : b;
      Node other = taker == a ? b : a;
      NodeApi.Answer accepted = OFFICER.post(taker, "/api/tips", TipRequests.aTip().build());
      assertThat(accepted.status()).as("%s: %s", taker.name(), accepted.body()).isEqualTo(201);

      String caseId = accepted.body().get("caseId").asText();
      NodeApi.Answer seen = OFFICER.get(other, "/api/cases/" + caseId);
      assertThat(seen.status()).isEqualTo(200);
      assertThat(seen.body().get("caseId").asText()).isEqualTo(caseId);
    }
  }

  /**
   * Tips taken on both nodes whose triage nobody does: each climbs to the supervisors and then
   * to the coordinators exactly once, whichever node's job executor takes each timer.
   */
  @Test
  void eachOverdueTaskClimbsEachRungOfTheLadderOnceOnOneOfTheTwoNodes() throws Exception {
    List<String> cases = new ArrayList<>();
    for (int tip = 0; tip < 20; tip++) {
      NodeApi.Answer accepted = OFFICER.post(tip % 2 == 0 ? a : b, "/api/tips",
          TipRequests.aTip().build());
      assertThat(accepted.status()).as("tip %d: %s", tip, accepted.body()).isEqualTo(201);
      cases.add(accepted.body().get("caseId").asText());
    }

    awaitEscalations(cases, 2, Duration.ofSeconds(120));
    // A grace longer, so a doubled rung would have had the time to show.
    Thread.sleep(TimeUnit.SECONDS.toMillis(TRIAGE_SECONDS));

    Map<String, Long> expected = new HashMap<>();
    for (String caseId : cases) {
      expected.put(caseId + ":SUPERVISORS", 1L);
      expected.put(caseId + ":COORDINATOR", 1L);
    }
    assertThat(escalationsPerCaseAndLevel(cases)).as("escalations per case and level")
        .isEqualTo(expected);
    System.out.printf("[nodes] %d overdue triages escalated to both levels once each; their "
        + "clocks ran on: %s%n", cases.size(), triageClocksRunBy(cases));
  }

  @Test
  void eachTimerFiresExactlyOnceOnOneOfTheTwoNodes() throws Exception {
    List<String> probes = startProbes(60, Instant.now().plusSeconds(5));

    awaitEnded(probes, Duration.ofSeconds(90));

    assertEachFiredOnce(DeadlineProbe.TIMER_DEADLINE_PASSED, probes);
    System.out.printf("[nodes] 60 timers due at once, fired by node: %s%n", firedBy(probes));
  }

  @Test
  void aTaskCompletedOnBothNodesAtOnceIsCompletedOnceAndTheOtherAnswerIs409() throws Exception {
    List<String> probes = startProbes(6, Instant.now().plus(Duration.ofHours(1)));
    Map<String, Integer> conflicts = new HashMap<>();
    for (int round = 0; round < probes.size(); round++) {
      String taskId = ADMIN.get(a, "/engine-rest/task?processInstanceId=" + probes.get(round))
          .body().get(0).get("id").asText();
      // Complete as the engine API does, and submit the form as the Tasklist does.
      String action = round % 2 == 0 ? "complete" : "submit-form";
      Map<String, Object> body = Map.of("variables", Map.of(DeadlineProbe.VAR_ACKNOWLEDGED_BY,
          Map.of("value", "it-coordinator")));
      List<Callable<NodeApi.Answer>> twice = new ArrayList<>();
      for (Node node : List.of(a, b)) {
        twice.add(() -> COORDINATOR.post(node, "/engine-rest/task/" + taskId + "/" + action,
            body));
      }

      List<NodeApi.Answer> answers = Concurrently.run(twice);

      assertThat(answers).extracting(NodeApi.Answer::status).as("%s: %s", action, answers)
          .containsExactlyInAnyOrder(204, 409);
      answers.stream().filter(answer -> answer.status() == 409)
          .forEach(answer -> conflicts.merge(kindOf(answer), 1, Integer::sum));
    }
    awaitEnded(probes, Duration.ofSeconds(30));
    assertEachFiredOnce(DeadlineProbe.END_ACKNOWLEDGED, probes);
    System.out.printf("[nodes] 409 answers by cause: %s%n", conflicts);
  }

  @Test
  void aNodeKilledInABurstOfTipsLosesNoAcknowledgedTipAndTheOtherFiresItsTimers()
      throws Exception {
    String probeKeys = "KILL-" + RUN + "-";
    List<TipBurst> bursts = new ArrayList<>();
    // A kill that comes a moment after node-a finished its jobs leaves it holding none: then the
    // node is started again and the burst repeats, at most three times.
    for (int attempt = 1; orphaned.isEmpty() && attempt <= 3; attempt++) {
      bothNodesRunning();
      bursts.add(burstWithTimersFallingDue("BURST-" + RUN + "-" + attempt + "-", probeKeys));
    }
    List<String> probes = probesWithKeyPrefix(probeKeys);
    awaitEnded(probes, Duration.ofMillis(LOCK_TIME_MS).plusSeconds(90));

    assertThat(a.running()).isFalse();
    assertThat(orphaned).as("jobs node-a held when it was killed, in %d bursts", bursts.size())
        .isNotEmpty();
    List<String> attempted = new ArrayList<>();
    List<String> acknowledged = new ArrayList<>();
    bursts.forEach(burst -> {
      attempted.addAll(burst.attempted());
      acknowledged.addAll(burst.acknowledgedWith201());
    });
    assertEachTipExistsOnce(attempted, acknowledged);
    assertEachFiredOnce(DeadlineProbe.TIMER_DEADLINE_PASSED, probes);
    Map<String, Timestamp> runs = successfulRuns(orphaned, b.name());
    for (LockedJob job : orphaned) {
      assertThat(runs.get(job.id())).as("run of job %s locked by node-a until %s", job.id(),
          job.lockedUntil()).isNotNull().isAfterOrEqualTo(job.lockedUntil());
    }
    System.out.printf("[nodes] burst %d: %s; %d timers fell due during the bursts; node-a was "
        + "killed holding %d of them, node-b ran those %s after their locks expired%n",
        bursts.size(), bursts.get(bursts.size() - 1).summary(), probes.size(), orphaned.size(),
        delays(orphaned, runs));
  }

  /** A burst of tips while waves of timers fall due on both nodes; node-a is killed in it. */
  private TipBurst burstWithTimersFallingDue(String tipPrefix, String probeKeys)
      throws Exception {
    TipBurst burst = new TipBurst(OFFICER, a, b, tipPrefix);
    ExecutorService timers = Executors.newSingleThreadExecutor();
    AtomicBoolean burstOver = new AtomicBoolean();
    Future<?> waves = timers.submit(() -> {
      startDueProbesUntil(burstOver, probeKeys + tipPrefix);
      return null;
    });
    try {
      burst.runUntil(this::killWhenItHoldsJobs, Duration.ofSeconds(120));
    } finally {
      burstOver.set(true);
      waves.get(60, TimeUnit.SECONDS);
      timers.shutdown();
    }
    return burst;
  }

  /**
   * Every second, a wave of 12 probes whose deadline has passed (each a timer due at once),
   * started on both nodes together, until the burst is over: each wave keeps both job executors
   * busy for a moment. A start node-a does not answer goes to node-b.
   */
  private static void startDueProbesUntil(AtomicBoolean over, String businessKeyPrefix)
      throws Exception {
    for (int wave = 0; !over.get() && wave < 200; wave++) {
      List<Callable<Boolean>> starts = new ArrayList<>();
      for (int probe = 0; probe < 12; probe++) {
        String businessKey = businessKeyPrefix + wave + "-" + probe;
        Node node = probe % 2 == 0 ? a : b;
        starts.add(() -> startProbe(node, businessKey) || startProbe(b, businessKey));
      }
      assertThat(Concurrently.run(starts)).as("probes started in wave %d", wave)
          .containsOnly(true);
      Thread.sleep(1000);
    }
  }

  private static boolean startProbe(Node node, String businessKey) throws InterruptedException {
    try {
      return ADMIN.post(node, "/engine-rest/process-definition/key/" + DeadlineProbe.PROCESS_KEY
          + "/submit-form", probeStart(Instant.now().minusSeconds(1), businessKey)).status() == 200;
    } catch (IOException noAnswer) {
      return false;
    }
  }

  /** The jobs node-a had locked and not finished when it was killed. */
  private List<LockedJob> orphaned = List.of();

  /**
   * Kills node-a once it has acknowledged tips and holds locks on jobs, then notes which jobs
   * it held: before their locks expire, nobody else may take them.
   */
  private boolean killWhenItHoldsJobs(TipBurst burst) throws Exception {
    if (burst.acknowledgedBy(a) < 25 || jobsLockedBy(a.name()).size() < 2) {
      return false;
    }
    a.kill();
    orphaned = jobsLockedBy(a.name());
    return true;
  }

  // ---- what the database says ----

  /** Every process instance passed {@code activityId} exactly once: no timer lost or doubled. */
  private static void assertEachFiredOnce(String activityId, List<String> processInstanceIds)
      throws SQLException {
    Map<String, Long> passes = countBy("""
        SELECT PROC_INST_ID_, COUNT(*) FROM ACT_HI_ACTINST
        WHERE ACT_ID_ = ? AND END_TIME_ IS NOT NULL AND PROC_INST_ID_ IN (%s)
        GROUP BY PROC_INST_ID_""", activityId, processInstanceIds);
    Map<String, Long> expected = new HashMap<>();
    processInstanceIds.forEach(id -> expected.put(id, 1L));
    assertThat(passes).as("passes through %s per process instance", activityId)
        .isEqualTo(expected);
  }

  /** Each tip once as a case with its joint-case process; every 201 among them. */
  private static void assertEachTipExistsOnce(List<String> externalRefs,
                                              List<String> acknowledged) throws SQLException {
    Map<String, Long> cases = countBy("""
        SELECT external_ref, COUNT(*) FROM case_file
        WHERE process_instance_id IS NOT NULL AND external_ref IN (%s)
        GROUP BY external_ref""", null, externalRefs);
    assertThat(cases.keySet()).containsAll(acknowledged);
    assertThat(cases).as("cases per tip").hasSize(externalRefs.size())
        .allSatisfy((tip, count) -> assertThat(count).as(tip).isEqualTo(1));
    Map<String, Long> processes = countBy("""
        SELECT f.external_ref, COUNT(*) FROM case_file f
        JOIN ACT_HI_PROCINST p ON p.BUSINESS_KEY_ = f.case_id AND p.PROC_DEF_KEY_ = 'joint-case'
        WHERE f.external_ref IN (%s) GROUP BY f.external_ref""", null, externalRefs);
    assertThat(processes).as("joint-case processes per tip").hasSize(externalRefs.size())
        .allSatisfy((tip, count) -> assertThat(count).as(tip).isEqualTo(1));
  }

  record LockedJob(String id, String processInstanceId, Timestamp lockedUntil) {
  }

  private static List<LockedJob> jobsLockedBy(String lockOwner) throws SQLException {
    try (Connection connection = database.connect();
         PreparedStatement query = connection.prepareStatement("""
             SELECT ID_, PROCESS_INSTANCE_ID_, LOCK_EXP_TIME_ FROM ACT_RU_JOB
             WHERE LOCK_OWNER_ = ? AND LOCK_EXP_TIME_ IS NOT NULL""")) {
      query.setString(1, lockOwner);
      List<LockedJob> jobs = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          jobs.add(new LockedJob(rows.getString(1), rows.getString(2), rows.getTimestamp(3)));
        }
      }
      return jobs;
    }
  }

  /** When each job last ran successfully, by {@code hostname} (PRASAN_NODE_NAME) only. */
  private static Map<String, Timestamp> successfulRuns(List<LockedJob> jobs, String hostname)
      throws SQLException {
    List<String> ids = jobs.stream().map(LockedJob::id).toList();
    try (Connection connection = database.connect();
         PreparedStatement query = connection.prepareStatement("""
             SELECT JOB_ID_, MAX(TIMESTAMP_) FROM ACT_HI_JOB_LOG
             WHERE JOB_STATE_ = 2 AND HOSTNAME_ = ? AND JOB_ID_ IN (%s) GROUP BY JOB_ID_"""
             .formatted(placeholders(ids)))) {
      query.setString(1, hostname);
      for (int i = 0; i < ids.size(); i++) {
        query.setString(i + 2, ids.get(i));
      }
      Map<String, Timestamp> runs = new HashMap<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          runs.put(rows.getString(1), rows.getTimestamp(2));
        }
      }
      return runs;
    }
  }

  /** Waits until every case has {@code levels} escalations recorded, or the timeout passes. */
  private static void awaitEscalations(List<String> cases, int levels, Duration timeout)
      throws Exception {
    Instant giveUp = Instant.now().plus(timeout);
    while (escalationsPerCaseAndLevel(cases).size() < cases.size() * levels
        && Instant.now().isBefore(giveUp)) {
      Thread.sleep(1000);
    }
  }

  /** {@code caseId:LEVEL} to the number of escalations recorded for it. */
  private static Map<String, Long> escalationsPerCaseAndLevel(List<String> cases)
      throws SQLException {
    return countBy("""
        SELECT CONCAT(case_id, ':', escalation_level), COUNT(*) FROM sla_event
        WHERE kind = 'ESCALATED' AND case_id IN (%s)
        GROUP BY case_id, escalation_level""", null, cases);
  }

  /**
   * Which node ran the triage clocks of these cases, as successful job runs per node: the
   * triage is joint-case's task, and its clocks are the only jobs joint-case runs here.
   */
  private static Map<String, Long> triageClocksRunBy(List<String> cases) throws SQLException {
    return countBy("""
        SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2
          AND PROCESS_INSTANCE_ID_ IN (SELECT ID_ FROM ACT_HI_PROCINST
            WHERE PROC_DEF_KEY_ = 'joint-case' AND BUSINESS_KEY_ IN (%s))
        GROUP BY HOSTNAME_""", null, cases);
  }

  private static Map<String, Long> firedBy(List<String> processInstanceIds) throws SQLException {
    return countBy("""
        SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG
        WHERE JOB_STATE_ = 2 AND PROCESS_INSTANCE_ID_ IN (%s) GROUP BY HOSTNAME_""", null,
        processInstanceIds);
  }

  private static List<String> probesWithKeyPrefix(String prefix) throws SQLException {
    try (Connection connection = database.connect();
         PreparedStatement query = connection.prepareStatement("""
             SELECT ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? AND BUSINESS_KEY_ LIKE ?""")) {
      query.setString(1, DeadlineProbe.PROCESS_KEY);
      query.setString(2, prefix + "%");
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    }
  }

  private static void awaitEnded(List<String> processInstanceIds, Duration timeout)
      throws Exception {
    Instant giveUp = Instant.now().plus(timeout);
    long ended = 0;
    while (Instant.now().isBefore(giveUp)) {
      ended = countBy("""
          SELECT 'ended', COUNT(*) FROM ACT_HI_PROCINST
          WHERE END_TIME_ IS NOT NULL AND ID_ IN (%s)""", null, processInstanceIds)
          .getOrDefault("ended", 0L);
      if (ended == processInstanceIds.size()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(ended + " of " + processInstanceIds.size()
        + " probes ended within " + timeout);
  }

  /** Runs a two-column "key, count" query whose {@code %s} takes the values of {@code in}. */
  private static Map<String, Long> countBy(String sql, String first, List<String> in)
      throws SQLException {
    try (Connection connection = database.connect();
         PreparedStatement query = connection.prepareStatement(sql.formatted(placeholders(in)))) {
      int index = 1;
      if (first != null) {
        query.setString(index++, first);
      }
      for (String value : in) {
        query.setString(index++, value);
      }
      Map<String, Long> counts = new HashMap<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
      }
      return counts;
    }
  }

  private static String placeholders(List<String> values) {
    return String.join(",", Collections.nCopies(Math.max(values.size(), 1), "?"));
  }

  // ---- what the nodes are asked ----

  private static void createUser(String id, String group) throws Exception {
    NodeApi.Answer created = ADMIN.post(a, "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", id, "firstName", "Test", "lastName", id,
            "email", id + "@prasan.invalid"),
        "credentials", Map.of("password", PASSWORD)));
    assertThat(created.status()).as("user %s: %s", id, created.body()).isEqualTo(204);
    NodeApi.Answer member = ADMIN.put(b, "/engine-rest/group/" + group + "/members/" + id);
    assertThat(member.status()).as("%s in %s: %s", id, group, member.body()).isEqualTo(204);
  }

  /** Starts probes with one deadline, alternately on node-a and node-b; their instance ids. */
  private static List<String> startProbes(int count, Instant deadline) throws Exception {
    Map<String, Object> body = probeStart(deadline, "PROBE-" + RUN);
    List<Callable<String>> starts = new ArrayList<>();
    for (int probe = 0; probe < count; probe++) {
      Node node = probe % 2 == 0 ? a : b;
      starts.add(() -> {
        NodeApi.Answer started = ADMIN.post(node, "/engine-rest/process-definition/key/"
            + DeadlineProbe.PROCESS_KEY + "/submit-form", body);
        assertThat(started.status()).as("probe start: %s", started.body()).isEqualTo(200);
        return started.body().get("id").asText();
      });
    }
    List<String> ids = new ArrayList<>();
    for (int from = 0; from < starts.size(); from += 4) {
      ids.addAll(Concurrently.run(starts.subList(from, Math.min(from + 4, starts.size()))));
    }
    return ids;
  }

  private static Map<String, Object> probeStart(Instant deadline, String businessKey) {
    return Map.of("businessKey", businessKey, "variables", Map.of(DeadlineProbe.VAR_DEADLINE,
        Map.of("value", CAMUNDA_DATE.format(deadline.truncatedTo(ChronoUnit.SECONDS)),
            "type", "Date")));
  }

  private static String kindOf(NodeApi.Answer conflict) {
    String message = conflict.body().path("message").asText();
    return message.contains("was already completed") ? "task already completed"
        : "code " + conflict.body().path("code").asInt();
  }

  private static String delays(List<LockedJob> jobs, Map<String, Timestamp> runs) {
    List<Long> seconds = jobs.stream().filter(job -> runs.containsKey(job.id()))
        .map(job -> Duration.between(job.lockedUntil().toInstant(),
            runs.get(job.id()).toInstant()).toSeconds())
        .sorted().toList();
    return seconds.isEmpty() ? "-" : seconds.get(0) + "-" + seconds.get(seconds.size() - 1) + " s";
  }

  private static Path testModel(String resource) throws Exception {
    return Path.of(TwoNodesIT.class.getClassLoader().getResource(resource).toURI());
  }
}
