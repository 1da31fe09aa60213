package org.prasan.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who can be screened before their hold ends, at a site's capacity. */
class CapacityPlanTest {

  static final Instant NOW = Instant.parse("2025-02-20T02:00:00Z");
  static final Set<String> THAI = Set.of("th");

  @Test
  void atFiveHundredADayTheFirstFiveHundredOfTheSameEndAreInTimeAndTheRestAreNot() {
    List<CapacityPlan.Waiting> waiting = people(700, "th", NOW.plus(Duration.ofHours(24)));

    CapacityPlan.Plan plan = CapacityPlan.plan(waiting, new ScreeningProperties.Site(500, 16,
        Map.of()), THAI, NOW);

    assertThat(plan.inTime()).hasSize(500);
    assertThat(plan.late()).hasSize(200);
    assertThat(plan.firstLateHoldEnd()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    assertThat(plan.backlogByLanguage()).isEmpty();
  }

  @Test
  void interpretersLimitTheirLanguageAndAPersonWithTwoLanguagesTakesTheFreerOne() {
    List<CapacityPlan.Waiting> waiting = new ArrayList<>(
        people(40, "my", NOW.plus(Duration.ofHours(24))));
    waiting.add(new CapacityPlan.Waiting("SP-ZZZZ", "B-1", List.of("my", "th"),
        NOW.plus(Duration.ofHours(25))));
    ScreeningProperties.Site site = new ScreeningProperties.Site(500, 16, Map.of("my", 2));

    CapacityPlan.Plan plan = CapacityPlan.plan(waiting, site, THAI, NOW);

    assertThat(plan.inTime()).hasSize(33);
    assertThat(plan.late()).hasSize(8);
    assertThat(plan.backlogByLanguage()).containsEntry("my", 8L);
    assertThat(plan.inTime()).anyMatch(slot -> slot.personRef().equals("SP-ZZZZ")
        && slot.language().equals("th"));
  }

  @Test
  void aLanguageWithoutAnInterpreterAtTheSiteCannotBePlanned() {
    CapacityPlan.Plan plan = CapacityPlan.plan(people(3, "rhg", NOW.plus(Duration.ofDays(2))),
        new ScreeningProperties.Site(500, 16, Map.of("my", 5)), THAI, NOW);

    assertThat(plan.inTime()).isEmpty();
    assertThat(plan.late()).hasSize(3).allMatch(slot -> slot.at() == null);
    assertThat(plan.backlogByLanguage()).containsEntry("rhg", 3L);
  }

  private static List<CapacityPlan.Waiting> people(int count, String language, Instant ends) {
    List<CapacityPlan.Waiting> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      people.add(new CapacityPlan.Waiting(String.format("SP-%05d", i), "L-" + i,
          List.of(language), ends));
    }
    return people;
  }
}
