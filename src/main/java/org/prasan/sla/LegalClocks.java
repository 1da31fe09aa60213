package org.prasan.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.prasan.system.BangkokTime;
import org.prasan.system.Bilingual;
import org.prasan.system.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * The legal deadlines of each case, in calendar time. The models start, extend and stop them
 * ({@link StartLegalClockDelegate}, {@link ExtendLegalClockDelegate},
 * {@link StopLegalClockDelegate}); user tasks that must be done before a clock runs out are
 * due when it does ({@code due-tasks}), and timers in the models read
 * {@code ${legalClocks.warnAt(execution, 'remand-period')}}.
 */
@Component(LegalClocks.BEAN_NAME)
public class LegalClocks {

  public static final String BEAN_NAME = "legalClocks";
  /** Input parameter of the clock delegates' service tasks: which clock, by its name. */
  public static final String INPUT_CLOCK = "legalClock";
  /** Input parameter of {@link StopLegalClockDelegate}: why the clock stops. */
  public static final String INPUT_STOP_REASON = "clockStopReason";
  /** Last in {@code starts-from}: when nothing is recorded, the clock starts when started. */
  private static final String NOW = "now";
  /** How far in the future an officer's recorded start may lie (clocks of devices differ). */
  private static final Duration RECORDING_SKEW = Duration.ofMinutes(5);

  private final SlaProperties properties;
  private final LegalClockRepository repository;
  private final SlaEvents events;
  private final ZoneId zone;
  private final Clock clock;
  private final Map<String, List<String>> clocksByTask = new HashMap<>();

  public LegalClocks(SlaProperties properties, LegalClockRepository repository,
                     SlaEvents events, Clock clock) {
    this.clock = clock;
    this.properties = properties;
    this.repository = repository;
    this.events = events;
    this.zone = properties.calendar().zone();
    properties.legalClocks().forEach((name, settings) -> settings.dueTasks().forEach(task ->
        clocksByTask.computeIfAbsent(task, key -> new ArrayList<>()).add(name)));
  }

  /**
   * Starts a clock from the instant its form recorded ({@code recorded} reads the case's
   * variables by name). A running clock of the same kind is
   * replaced: a new remand period starts when the court grants one.
   */
  public LegalClock start(String caseId, String clock, Function<String, Object> recorded,
                          String by) {
    LegalClockProperties settings = settings(clock);
    Instant now = now();
    Instant startedAt = settings.startsFrom() == null ? now
        : recordedStart(settings, recorded, now);
    if (startedAt.isAfter(now.plus(RECORDING_SKEW))) {
      throw RuleViolationException.field(startField(settings, recorded), Bilingual.of(
          "วันเวลาที่บันทึก (" + BangkokTime.th(startedAt) + ") อยู่ในอนาคต: "
              + "โปรดบันทึกเวลาที่เกิดขึ้นจริง",
          "lies in the future (" + BangkokTime.en(startedAt) + "): record when it really "
              + "happened"));
    }
    Optional<Instant> recordedEnd = settings.endsAt() == null ? Optional.empty()
        : RecordedInstants.find(recorded, settings.endsAt());
    Optional<LegalClockRepository.Row> same = repository.running(caseId, clock)
        .filter(running -> running.startedAt().equals(startedAt) && recordedEnd.isEmpty());
    if (same.isPresent()) {
      // The same start recorded again (the reception, then the screening form showing it):
      // the clock runs on as it was, and a start recorded on time stays on time.
      return clock(same.get());
    }
    Instant endsAt = recordedEnd.orElseGet(() -> duration(clock, settings, recorded)
        .addTo(startedAt, zone));
    Instant latest = latestEnd(caseId, settings, startedAt);
    requireWithin(settings,
        recordedEnd.isPresent() ? settings.endsAt() : startField(settings, recorded),
        startedAt, endsAt, latest);
    repository.running(caseId, clock).ifPresent(previous ->
        stop(previous, clock, now, "Replaced by a new " + name(clock, settings), by));
    String lateReason = lateStartReason(settings, startedAt, now, recorded);
    repository.insert(caseId, clock, startedAt, endsAt, latest, by);
    if (lateReason != null) {
      events.record(SlaEvent.of(caseId, SlaEvent.Kind.BREACHED, now).clock(clock).dueAt(endsAt)
          .actor(by).detail(name(clock, settings) + " (" + settings.law() + ") started at "
              + startedAt + " but recorded only at " + now + (endsAt.isAfter(now) ? ""
              : ", after its end " + endsAt) + ". Reason: " + lateReason).build());
    }
    events.record(SlaEvent.of(caseId, SlaEvent.Kind.CLOCK_STARTED, now).clock(clock)
        .dueAt(endsAt).actor(by).detail(name(clock, settings) + " (" + settings.law()
            + ") started " + startedAt + ", ends " + endsAt).build());
    return find(caseId, clock).orElseThrow();
  }

  /**
   * The form field of the starting event: the one the form recorded, else the name the
   * current form version gives it.
   */
  private static String startField(LegalClockProperties settings,
                                   Function<String, Object> recorded) {
    if (settings.startsFrom() == null) {
      return null;
    }
    String[] names = settings.startsFrom().split(",");
    for (String name : names) {
      if (RecordedInstants.find(recorded, name.strip()).isPresent()) {
        return name.strip();
      }
    }
    return names[0].strip();
  }

  /**
   * The recorded starting event: the first variable of {@code starts-from} that is recorded
   * (older form versions recorded it under another name).
   */
  private static Instant recordedStart(LegalClockProperties settings,
                                       Function<String, Object> recorded, Instant now) {
    String[] names = settings.startsFrom().split(",");
    for (String name : names) {
      if (NOW.equals(name.strip())) {
        return now;
      }
      Optional<Instant> start = RecordedInstants.find(recorded, name.strip());
      if (start.isPresent()) {
        return start.get();
      }
    }
    return RecordedInstants.require(recorded, names[0].strip());
  }

  /**
   * A start recorded later than {@code record-within} after its event (or after the clock has
   * already run out) is a breach: accepted, since the law counts from the real event, but only
   * with the officer's reason, which the breach records. Null when the start is on time.
   */
  private static String lateStartReason(LegalClockProperties settings, Instant startedAt,
                                        Instant now, Function<String, Object> recorded) {
    if (settings.recordWithin() == null
        || !startedAt.plus(settings.recordWithin()).isBefore(now)) {
      return null;
    }
    Object reason = settings.lateReason() == null ? null : recorded.apply(settings.lateReason());
    if (reason == null || reason.toString().isBlank()) {
      String field = settings.lateReason() == null ? startField(settings, recorded)
          : settings.lateReason();
      throw RuleViolationException.field(field, Bilingual.of(
          settings.name() + " เริ่มนับตั้งแต่ " + BangkokTime.th(startedAt) + " แต่บันทึกล่าช้า"
              + "เกิน " + HumanDuration.of(settings.recordWithin()) + ": โปรดระบุเหตุผลที่บันทึกล่าช้า "
              + "(บันทึกเป็นการฝ่าฝืนกำหนดเวลา)",
          settings.name() + " started at " + BangkokTime.en(startedAt) + ", more than "
              + HumanDuration.of(settings.recordWithin()) + " ago: give the reason it is "
              + "recorded late (recorded as a breach)"));
    }
    return reason.toString().strip();
  }

  /** Moves the end of a running clock to the one its form recorded (a court's extension). */
  public LegalClock extend(String caseId, String clock, Function<String, Object> recorded,
                           String by) {
    LegalClockProperties settings = settings(clock);
    if (settings.endsAt() == null) {
      throw new IllegalStateException("prasan.sla.legal-clocks." + clock
          + ".ends-at names no variable, so the clock cannot be extended");
    }
    LegalClockRepository.Row running = repository.running(caseId, clock)
        .orElseThrow(() -> RuleViolationException.field(settings.endsAt(), Bilingual.of(
            name(clock, settings) + " ไม่ได้นับอยู่สำหรับคดี " + caseId + " จึงขยายไม่ได้",
            name(clock, settings) + " is not running for case " + caseId
                + ", so it cannot be extended")));
    Instant endsAt = RecordedInstants.require(recorded, settings.endsAt());
    requireWithin(settings, settings.endsAt(), running.startedAt(), endsAt,
        running.latestEndsAt());
    repository.changeEnd(running.id(), endsAt);
    events.record(SlaEvent.of(caseId, SlaEvent.Kind.CLOCK_EXTENDED, now()).clock(clock)
        .dueAt(endsAt).actor(by).detail(name(clock, settings) + " extended from "
            + running.endsAt() + " to " + endsAt).build());
    return find(caseId, clock).orElseThrow();
  }

  /** Stops the running clock of this kind, if any: the work it guarded is done. */
  public void stop(String caseId, String clock, String reason, String by) {
    settings(clock);
    repository.running(caseId, clock)
        .ifPresent(running -> stop(running, clock, now(), reason, by));
  }

  public Optional<LegalClock> find(String caseId, String clock) {
    return repository.running(caseId, clock).map(this::clock);
  }

  public List<LegalClock> ofCase(String caseId) {
    return repository.ofCase(caseId).stream().map(this::clock).toList();
  }

  /** Running clocks of every case that end before {@code until}, soonest first. */
  public List<LegalClock> endingBefore(Instant until) {
    return repository.runningEndingBefore(until).stream().map(this::clock).toList();
  }

  public boolean bindsTask(String taskKey) {
    return clocksByTask.containsKey(taskKey);
  }

  /** The running clock a task of this case must beat, the soonest if several bind it. */
  public Optional<LegalClock> deadlineFor(String caseId, String taskKey, Instant now) {
    List<String> clocks = clocksByTask.get(taskKey);
    if (clocks == null || caseId == null) {
      return Optional.empty();
    }
    return repository.running(caseId, clocks).stream().map(this::clock)
        .min(Comparator.comparing(clock -> clock.deadlineAfter(now)));
  }

  public Duration warnBefore(String clock) {
    return settings(clock).warnBefore();
  }

  /** For timers in the models: when the running clock of this case ends. */
  public Date endsAt(DelegateExecution execution, String clock) {
    return Date.from(running(execution, clock).endsAt());
  }

  /** For timers in the models: when the agency is warned, {@code warn-before} the end. */
  public Date warnAt(DelegateExecution execution, String clock) {
    return Date.from(running(execution, clock).endsAt().minus(warnBefore(clock)));
  }

  private LegalClock running(DelegateExecution execution, String clock) {
    return find(execution.getProcessBusinessKey(), clock).orElseThrow(() ->
        new IllegalStateException(name(clock, settings(clock)) + " is not running for case "
            + execution.getProcessBusinessKey()));
  }

  private void stop(LegalClockRepository.Row running, String clock, Instant now, String reason,
                    String by) {
    repository.stop(running.id(), now, reason);
    events.record(SlaEvent.of(running.caseId(), SlaEvent.Kind.CLOCK_STOPPED, now).clock(clock)
        .dueAt(running.endsAt()).actor(by).detail(reason).build());
  }

  private LegalDuration duration(String clock, LegalClockProperties settings,
                                 Function<String, Object> recorded) {
    LegalClockProperties.Longer longer = settings.longer();
    if (longer != null && recorded.apply(longer.variable()) instanceof Number value
        && value.doubleValue() >= longer.atLeast()) {
      return longer.duration();
    }
    if (settings.duration() == null) {
      throw new IllegalStateException("prasan.sla.legal-clocks." + clock
          + " has no duration and " + settings.endsAt() + " is not recorded");
    }
    return settings.duration();
  }

  private Instant latestEnd(String caseId, LegalClockProperties settings, Instant startedAt) {
    Instant latest = settings.latest() == null ? null : settings.latest().addTo(startedAt, zone);
    if (settings.cappedBy() == null) {
      return latest;
    }
    Optional<Instant> cap = repository.running(caseId, settings.cappedBy())
        .map(LegalClockRepository.Row::endsAt);
    if (cap.isEmpty()) {
      return latest;
    }
    return latest == null || cap.get().isBefore(latest) ? cap.get() : latest;
  }

  /** A clock ends after it starts, and never after the law's latest end. */
  private static void requireWithin(LegalClockProperties settings, String field,
                                    Instant startedAt, Instant endsAt, Instant latest) {
    if (!endsAt.isAfter(startedAt)) {
      throw RuleViolationException.field(field, Bilingual.of(
          settings.name() + " จะสิ้นสุด " + BangkokTime.th(endsAt) + " ซึ่งไม่หลังเวลาเริ่ม "
              + BangkokTime.th(startedAt),
          settings.name() + " would end at " + BangkokTime.en(endsAt)
              + ", not after it started at " + BangkokTime.en(startedAt)));
    }
    if (latest != null && endsAt.isAfter(latest)) {
      throw RuleViolationException.field(field, Bilingual.of(
          settings.name() + " สิ้นสุดหลัง " + BangkokTime.th(latest) + " ไม่ได้ ("
              + settings.law() + "); เวลาสิ้นสุดที่บันทึกคือ " + BangkokTime.th(endsAt),
          settings.name() + " cannot end after " + BangkokTime.en(latest) + " ("
              + settings.law() + "); the recorded end is " + BangkokTime.en(endsAt)));
    }
  }

  private LegalClock clock(LegalClockRepository.Row row) {
    LegalClockProperties settings = properties.legalClock(row.clock()).orElse(null);
    return new LegalClock(row.id(), row.caseId(), row.clock(),
        settings == null ? row.clock() : name(row.clock(), settings),
        settings == null ? null : settings.law(), row.startedAt(), row.endsAt(),
        row.latestEndsAt(), row.status(), row.stoppedAt(), row.stopReason(),
        settings != null && settings.endsAt() != null);
  }

  private LegalClockProperties settings(String clock) {
    return properties.legalClock(clock).orElseThrow(() -> new IllegalArgumentException(
        "Unknown legal clock '" + clock + "': configure prasan.sla.legal-clocks." + clock));
  }

  private static String name(String clock, LegalClockProperties settings) {
    return settings.name() == null ? clock : settings.name();
  }

  private Instant now() {
    return clock.instant();
  }
}
