package org.prasan.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.prasan.statistics.KAnonymity.Release;

/**
 * The anonymised HTCDS release on generated people: no combination of sex, age band,
 * citizenship, form of exploitation and year is held by fewer than 11 of them, whatever the
 * mix, and combinations already large enough are published as they are.
 */
class KAnonymityTest {

  private static final String[] AGES = {"0-14", "15-17", "0-17", "18+"};
  private static final String[] CITIZENSHIPS = {"MM", "LA", "KH", "TH", "VN", "CN", "UZ", "ZZ"};
  private static final String[] EXPLOITATION = {"SexualExploitation", "LabourExploitation",
      "LabourExploitation:IllicitActivities", "LabourExploitation:Begging", "Other"};

  /** Skewed, as real data is: most people in a few combinations, a long tail of rare ones. */
  static List<Release> generated(long seed, int people) {
    Random random = new Random(seed);
    List<Release> generated = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      generated.add(new Release(String.valueOf(2024 + skewed(random, 3)),
          random.nextInt(10) < 6 ? "Female" : "Male", AGES[skewed(random, AGES.length)],
          CITIZENSHIPS[skewed(random, CITIZENSHIPS.length)],
          EXPLOITATION[skewed(random, EXPLOITATION.length)]));
    }
    return generated;
  }

  private static int skewed(Random random, int values) {
    return Math.min(values - 1, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 1.2));
  }

  @Test
  void noCombinationOfTheQuasiIdentifiersIsHeldByFewerThanElevenPeople() {
    for (long seed = 1; seed <= 40; seed++) {
      for (int people : new int[] {25, 300, 3000}) {
        List<Release> generated = generated(seed, people);

        KAnonymity.Result result = KAnonymity.anonymise(generated, KAnonymity.CTDC_K);

        Map<Release, Integer> sizes = KAnonymity.sizes(result.released());
        assertThat(sizes.values()).as("seed %d, %d people", seed, people)
            .allMatch(size -> size >= KAnonymity.CTDC_K);
        assertThat(result.released().size() + result.suppressed()).isEqualTo(people);
      }
    }
  }

  @Test
  void largeCombinationsAreReleasedAsTheyAreAndFewArePeopleSuppressed() {
    List<Release> generated = generated(7, 3000);
    Map<Release, Integer> before = KAnonymity.sizes(generated);

    KAnonymity.Result result = KAnonymity.anonymise(generated, KAnonymity.CTDC_K);

    Map<Release, Integer> after = KAnonymity.sizes(result.released());
    before.forEach((combination, size) -> {
      if (size >= KAnonymity.CTDC_K) {
        assertThat(after.get(combination)).isGreaterThanOrEqualTo(size);
      }
    });
    assertThat(result.suppressed()).isLessThan(3000 / 20);
  }

  @Test
  void aLoneRareCombinationIsGeneralisedBeforeItIsSuppressed() {
    List<Release> people = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      people.add(new Release("2025", "Female", "18+", "MM", "SexualExploitation"));
    }
    people.add(new Release("2025", "Female", "18+", "UZ", "SexualExploitation"));

    KAnonymity.Result result = KAnonymity.anonymise(people, KAnonymity.CTDC_K);

    assertThat(result.suppressed()).isEqualTo(1);
    assertThat(result.released()).hasSize(12)
        .allMatch(person -> person.citizenship().equals("MM"));
  }
}
