package org.prasan.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who can be screened before their hold ends, at a site's capacity: the site screens
 * {@code screeningsPerDay} people, one after another, and a language needing an interpreter
 * takes {@code interpreters × screeningsPerInterpreterPerDay} a day. People are taken soonest
 * hold end first; each gets the earliest slot the site and one of their languages both have.
 * Pure: the same people, capacity and instant always give the same plan.
 */
final class CapacityPlan {

  /** A person still to screen. */
  record Waiting(String personRef, String listRef, List<String> languages, Instant holdEndsAt) {
  }

  /** When a person is planned, in which language; {@code inTime} when before their hold ends. */
  record Slot(String personRef, String listRef, String language, Instant at, Instant holdEndsAt,
              boolean inTime) {
  }

  record Plan(List<Slot> inTime, List<Slot> late, Map<String, Long> backlogByLanguage) {

    /** The first hold that ends before its person can be screened. */
    Instant firstLateHoldEnd() {
      return late.stream().map(Slot::holdEndsAt).min(Instant::compareTo).orElse(null);
    }
  }

  private CapacityPlan() {
  }

  static Plan plan(List<Waiting> waiting, ScreeningProperties.Site site, Set<String> noInterpreter,
                   Instant now) {
    Duration siteStep = Duration.ofDays(1).dividedBy(Math.max(site.screeningsPerDay(), 1));
    Instant siteNext = now;
    Map<String, Instant> languageNext = new HashMap<>();
    List<Slot> inTime = new ArrayList<>();
    List<Slot> late = new ArrayList<>();
    Map<String, Long> backlog = new LinkedHashMap<>();
    List<Waiting> ordered = waiting.stream()
        .sorted(java.util.Comparator.comparing(Waiting::holdEndsAt)
            .thenComparing(Waiting::personRef))
        .toList();
    for (Waiting person : ordered) {
      String bestLanguage = null;
      Instant bestAt = null;
      for (String language : person.languages()) {
        Instant at;
        if (noInterpreter.contains(language)) {
          at = siteNext;
        } else {
          int interpreters = site.interpreters().getOrDefault(language, 0);
          if (interpreters == 0) {
            continue;
          }
          Instant free = languageNext.getOrDefault(language, now);
          at = free.isAfter(siteNext) ? free : siteNext;
        }
        if (bestAt == null || at.isBefore(bestAt)) {
          bestAt = at;
          bestLanguage = language;
        }
      }
      if (bestAt == null) {
        // No interpreter of any of the person's languages at the site: cannot be planned.
        String language = person.languages().get(0);
        backlog.merge(language, 1L, Long::sum);
        late.add(new Slot(person.personRef(), person.listRef(), language, null,
            person.holdEndsAt(), false));
        continue;
      }
      Instant done = bestAt.plus(siteStep);
      boolean ok = !done.isAfter(person.holdEndsAt());
      if (ok) {
        // The site's capacity is a budget over time, not one desk: a person waiting for an
        // interpreter does not hold up one who needs none.
        siteNext = siteNext.plus(siteStep);
        if (!noInterpreter.contains(bestLanguage)) {
          int interpreters = site.interpreters().get(bestLanguage);
          Duration step = Duration.ofDays(1).dividedBy(
              Math.max((long) interpreters * site.screeningsPerInterpreterPerDay(), 1));
          languageNext.put(bestLanguage, bestAt.plus(step));
        }
        inTime.add(new Slot(person.personRef(), person.listRef(), bestLanguage, bestAt,
            person.holdEndsAt(), true));
      } else {
        if (!noInterpreter.contains(bestLanguage)) {
          backlog.merge(bestLanguage, 1L, Long::sum);
        }
        late.add(new Slot(person.personRef(), person.listRef(), bestLanguage, bestAt,
            person.holdEndsAt(), false));
      }
    }
    return new Plan(inTime, late, backlog);
  }
}
