package org.prasan.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.prasan.PrasanApplication;
import org.prasan.deconfliction.IdentifierType;
import org.prasan.deconfliction.TipIdentifier;
import org.prasan.intake.Indicator;
import org.prasan.intake.IntakeService;
import org.prasan.intake.TipRequest;
import org.prasan.intake.TipRequests;
import org.prasan.intake.TipSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 20's overhead three ways ({@code mvn -Pbench verify}, or {@code -Dit.test=OverheadBench}
 * alone): seconds per user task of the same whole cases (tip to judgment, the same answers),
 * each way on a fresh MariaDB database of its own on the same server, 8 officers at once:
 *
 * <ul>
 *   <li><b>bare</b>: a plain Camunda engine with our models stripped of our code
 *   ({@link BareEngine#startOn}), through the Java API, no authorizations;
 *   <li><b>api</b>: Prasan (profile {@code mariadb}, in this JVM) through the same Java API,
 *   each step signed in as the officer who takes it (the identity service's authentication
 *   set with the user's groups, so the engine checks authorizations and writes the operation
 *   log as for a real officer), the tip through {@link IntakeService};
 *   <li><b>rest</b>: the packaged jar as a node, over HTTP as the Tasklist does it
 *   ({@link RestCase}: list, identity links, deployed form, claim, submit-form; HTTP Basic).
 * </ul>
 *
 * <p>All three are started first and warmed ({@value #WARM_UP_CASES} cases each); then
 * {@value #ROUNDS} rounds, each running the three in an order drawn at random (seeded, the
 * order printed), {@code prasan.bench.overhead.cases} cases each. Figures: the medians over
 * the rounds of each way's seconds per task, and of the ratios api/bare and rest/bare computed
 * within each round.
 */
class OverheadBench {

  static final int CASES = Integer.getInteger("prasan.bench.overhead.cases", 8);
  static final int WARM_UP_CASES = 3;
  static final int ROUNDS = 3;

  private final Figures figures = new Figures();
  private final Map<String, List<String>> groupsOf = new ConcurrentHashMap<>();

  @Test
  void overheadThreeWays() throws Exception {
    try (BenchDatabase bareDatabase = BenchDatabase.create("bare");
         BenchDatabase apiDatabase = BenchDatabase.create("api");
         BenchDatabase restDatabase = BenchDatabase.create("rest")) {
      ProcessEngine bare = BareEngine.startOn(bareDatabase);
      ConfigurableApplicationContext prasan = null;
      BenchNode node = new BenchNode("mariadb-overhead-rest", PrasanBench.mariaDb(restDatabase));
      try {
        node.start("--spring.profiles.active=mariadb");
        prasan = prasanInThisJvm(apiDatabase);
        Map<String, Officers.WholeCase> ways = new LinkedHashMap<>();
        ways.put("bare", bareCase(bare));
        ways.put("api", apiCase(prasan));
        ways.put("rest", new RestCase(new BenchHttp(node)));

        for (Map.Entry<String, Officers.WholeCase> way : ways.entrySet()) {
          Officers.work(WARM_UP_CASES, way.getValue());
        }
        Random random = new Random(Long.getLong("prasan.bench.overhead.seed", 20));
        Map<String, List<Double>> perTask = new LinkedHashMap<>();
        List<Double> apiRatios = new ArrayList<>();
        List<Double> restRatios = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
          List<String> order = new ArrayList<>(ways.keySet());
          Collections.shuffle(order, random);
          Map<String, Double> secondsPerTask = new HashMap<>();
          for (String way : order) {
            Throughput run = Officers.work(CASES, ways.get(way));
            secondsPerTask.put(way, run.secondsPerTask());
            perTask.computeIfAbsent(way, name -> new ArrayList<>()).add(run.secondsPerTask());
            figures.detail("overhead_round_" + round + "_" + way, run.toString());
          }
          figures.detail("overhead_round_" + round + "_order", String.join(",", order));
          apiRatios.add(secondsPerTask.get("api") / secondsPerTask.get("bare"));
          restRatios.add(secondsPerTask.get("rest") / secondsPerTask.get("bare"));
        }
        perTask.forEach((way, seconds) ->
            figures.detail(way + "_s_per_task", median(seconds)));
        figures.detail("api_vs_bare_engine_ratios", apiRatios);
        figures.detail("rest_vs_bare_engine_ratios", restRatios);
        figures.put("api_vs_bare_engine_ratio", median(apiRatios));
        figures.put("rest_vs_bare_engine_ratio", median(restRatios));
      } finally {
        if (prasan != null) {
          prasan.close();
        }
        node.stop();
        bare.close();
      }
    } finally {
      System.out.println(figures.table());
      figures.write(BenchFiles.dir().resolve("results.json"));
    }
  }

  private static Officers.WholeCase bareCase(ProcessEngine bare) {
    return new EngineCase(bare, number -> {
      String caseId = "BARE-" + number + "-" + System.nanoTime();
      bare.getRuntimeService().startProcessInstanceByKey("joint-case", caseId,
          PrasanBench.bareVariables(caseId));
      return caseId;
    });
  }

  /** Prasan's engine, each step signed in as its officer; the tip through the intake. */
  private Officers.WholeCase apiCase(ConfigurableApplicationContext prasan) {
    ProcessEngine engine = prasan.getBean(ProcessEngine.class);
    IdentityService identity = engine.getIdentityService();
    IntakeService intake = prasan.getBean(IntakeService.class);
    String hotline = "rtp-atpd.officer";
    EngineCase wholeCase = new EngineCase(engine, number -> {
      signIn(identity, hotline);
      return intake.receive(new TipRequest(TipSource.HOTLINE, null,
          Instant.now().minus(1, ChronoUnit.HOURS), "Chiang Rai",
          "Caller reports teenagers recruited for restaurant work across the border.",
          Set.of(Indicator.CHILD_VICTIM, Indicator.TRANSNATIONAL),
          List.of(new TipIdentifier(IdentifierType.PHONE, TipRequests.aPhoneOfItsOwn()))),
          hotline).caseId();
    }, user -> signIn(identity, user));
    return number -> {
      try {
        return wholeCase.work(number);
      } finally {
        identity.clearAuthentication();
      }
    };
  }

  /** As a node does for a verified login: the user with the groups it is a member of. */
  private void signIn(IdentityService identity, String user) {
    List<String> groups = groupsOf.computeIfAbsent(user, member -> {
      identity.clearAuthentication();
      return identity.createGroupQuery().groupMember(member).list().stream()
          .map(Group::getId).toList();
    });
    identity.setAuthentication(user, groups);
  }

  private static ConfigurableApplicationContext prasanInThisJvm(BenchDatabase database) {
    Map<String, Object> settings = new LinkedHashMap<>(PrasanBench.mariaDb(database));
    settings.put("server.port", "0");
    return new SpringApplicationBuilder(PrasanApplication.class)
        .profiles("mariadb")
        .properties(settings)
        .run();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
