package org.prasan.cluster;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.prasan.intake.TipRequests;

/**
 * A burst of tips from four agency systems, alternately to two nodes, each tip with its own
 * {@code externalRef}. A tip the first node does not answer (it died) is sent again, unchanged,
 * to the second, as an agency system retries: the same reference makes the retry safe. The burst
 * goes on until a watcher has killed a node and 40 more tips went through, or a time limit.
 */
final class TipBurst {

  /** Decides, every 20 ms during the burst, whether to kill the node now; true once it did. */
  interface Killer {
    boolean killNow(TipBurst burst) throws Exception;
  }

  private static final int CLIENTS = 4;
  private static final int AFTER_KILL = 40;
  private static final int MAX_TIPS = 3000;

  private final NodeApi api;
  private final Node first;
  private final Node second;
  private final String referencePrefix;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger answeredAfterKill = new AtomicInteger();
  private final AtomicBoolean killed = new AtomicBoolean();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> createdBy = new ConcurrentHashMap<>();
  private final AtomicInteger unanswered = new AtomicInteger();
  private final AtomicInteger committedBeforeDeath = new AtomicInteger();
  private Duration took = Duration.ZERO;

  TipBurst(NodeApi api, Node first, Node second, String referencePrefix) {
    this.api = api;
    this.first = first;
    this.second = second;
    this.referencePrefix = referencePrefix;
  }

  void runUntil(Killer killer, Duration limit) throws Exception {
    Instant start = Instant.now();
    Instant giveUp = start.plus(limit);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int client = 0; client < CLIENTS; client++) {
      running.add(clients.submit(() -> {
        sendTips();
        return null;
      }));
    }
    try {
      while (!killed.get() && Instant.now().isBefore(giveUp) && !stop.get()) {
        killed.set(killer.killNow(this));
        Thread.sleep(20);
      }
      while (killed.get() && answeredAfterKill.get() < AFTER_KILL
          && Instant.now().isBefore(giveUp) && !stop.get()) {
        Thread.sleep(20);
      }
    } finally {
      stop.set(true);
      clients.shutdown();
      clients.awaitTermination(90, TimeUnit.SECONDS);
      took = Duration.between(start, Instant.now());
    }
    for (Future<?> client : running) {
      client.get();
    }
    if (!killed.get()) {
      throw new AssertionError("The watcher never killed " + first.name() + " during the "
          + "burst (" + summary() + "): it held no job lock while the timers fell due");
    }
  }

  int acknowledgedBy(Node node) {
    return createdBy.getOrDefault(node.name(), new AtomicInteger()).get();
  }

  /** The external references of every tip sent: each got 201 or 200 in the end. */
  List<String> attempted() {
    return List.copyOf(answers.keySet());
  }

  List<String> acknowledgedWith201() {
    return answers.entrySet().stream().filter(answer -> answer.getValue().endsWith(":201"))
        .map(Map.Entry::getKey).toList();
  }

  String summary() {
    double seconds = Math.max(took.toMillis(), 1) / 1000.0;
    return String.format("%d tips in %.1f s (%.0f/s), 201 from %s %d and %s %d; %d sent to the"
            + " killed node got no answer (in flight or after its death) and were sent again"
            + " (%d of them it had stored: 200)",
        answers.size(), seconds, answers.size() / seconds, first.name(), acknowledgedBy(first),
        second.name(), acknowledgedBy(second), unanswered.get(), committedBeforeDeath.get());
  }

  private void sendTips() throws InterruptedException {
    while (!stop.get()) {
      int number = next.getAndIncrement();
      if (number >= MAX_TIPS) {
        stop.set(true);
        return;
      }
      String reference = referencePrefix + number;
      Map<String, Object> tip = TipRequests.aTip().with("externalRef", reference).build();
      Node node = number % 2 == 0 ? first : second;
      String answer = send(node, tip);
      if (answer == null && node == first) {
        unanswered.incrementAndGet();
        answer = send(second, tip);
        if (answer != null && answer.endsWith(":200")) {
          committedBeforeDeath.incrementAndGet();
        }
      }
      if (answer == null || !(answer.endsWith(":201") || answer.endsWith(":200"))) {
        stop.set(true);
        throw new AssertionError("Tip " + reference + " was not taken: " + answer);
      }
      answers.put(reference, answer);
      if (killed.get()) {
        answeredAfterKill.incrementAndGet();
      }
    }
  }

  /** "node:status", or null when the node did not answer (refused, reset, died mid-request). */
  private String send(Node node, Map<String, Object> tip) throws InterruptedException {
    try {
      NodeApi.Answer answer = api.post(node, "/api/tips", tip);
      if (answer.status() == 201) {
        createdBy.computeIfAbsent(node.name(), name -> new AtomicInteger()).incrementAndGet();
      }
      return node.name() + ":" + answer.status();
    } catch (IOException noAnswer) {
      return null;
    }
  }
}
