package org.prasan.escalation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.prasan.agency.Agency;
import org.prasan.agency.AgencyRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code prasan_tasks_open{agency}} and {@code prasan_tasks_overdue{agency}}. Counted on a
 * schedule ({@code prasan.metrics.refresh}), not on every scrape, so a scraper never puts
 * load on the database; every node reports the same cluster-wide counts.
 */
@Component
public class TaskMetrics {

  static final String OPEN = "prasan.tasks.open";
  static final String OVERDUE = "prasan.tasks.overdue";

  private final AgencyTasks tasks;
  private final AgencyRegistry agencies;
  private final Clock clock;
  private final Map<String, AtomicLong> open = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> overdue = new ConcurrentHashMap<>();

  public TaskMetrics(AgencyTasks tasks, AgencyRegistry agencies, MeterRegistry registry,
                     Clock clock) {
    this.clock = clock;
    this.tasks = tasks;
    this.agencies = agencies;
    for (Agency agency : agencies.agencies()) {
      register(registry, OPEN, "Open tasks of the agency's officers", agency, open);
      register(registry, OVERDUE, "Open tasks of the agency past their due date", agency,
          overdue);
    }
  }

  @Scheduled(fixedDelayString = "${prasan.metrics.refresh:PT30S}",
      initialDelayString = "${prasan.metrics.refresh:PT30S}")
  public void refresh() {
    var now = Date.from(clock.instant());
    for (Agency agency : agencies.agencies()) {
      open.get(agency.id()).set(tasks.of(agency.id()).count());
      overdue.get(agency.id()).set(tasks.of(agency.id()).dueBefore(now).count());
    }
  }

  private static void register(MeterRegistry registry, String name, String description,
                               Agency agency, Map<String, AtomicLong> values) {
    AtomicLong value = values.computeIfAbsent(agency.id(), id -> new AtomicLong());
    Gauge.builder(name, value, AtomicLong::get)
        .description(description)
        .tag("agency", agency.id())
        .register(registry);
  }
}
