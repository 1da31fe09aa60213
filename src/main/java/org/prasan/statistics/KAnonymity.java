package org.prasan.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The anonymised release as CTDC publishes its global dataset: every combination of the
 * quasi-identifiers (sex, age band, citizenship, form of exploitation, year) is held by at
 * least {@code k} people (k = 11: each indistinguishable from at least 10 others).
 *
 * <p>Records in a combination held by fewer than k are generalised, one quasi-identifier at a
 * time and only those records (age to child/adult, citizenship, exploitation, sex, year to
 * "*" in that order), until their combination reaches k; records that still do not are
 * suppressed. Combinations already at k are published as they are.
 */
final class KAnonymity {

  static final int CTDC_K = 11;
  static final String ANY = "*";

  /** One released person: the quasi-identifiers only. */
  record Release(String year, String gender, String ageBand, String citizenship,
                 String exploitation) {
  }

  record Result(List<Release> released, int suppressed) {
  }

  private static final List<UnaryOperator<Release>> STEPS = List.of(
      r -> new Release(r.year(), r.gender(), childOrAdult(r.ageBand()), r.citizenship(),
          r.exploitation()),
      r -> new Release(r.year(), r.gender(), r.ageBand(), ANY, r.exploitation()),
      r -> new Release(r.year(), r.gender(), r.ageBand(), r.citizenship(), ANY),
      r -> new Release(r.year(), ANY, r.ageBand(), r.citizenship(), r.exploitation()),
      r -> new Release(ANY, r.gender(), r.ageBand(), r.citizenship(), r.exploitation()));

  private KAnonymity() {
  }

  static Release of(PersonRecord person) {
    return new Release(String.valueOf(person.year()), person.gender(), person.ageBand(),
        person.citizenship(), person.exploitation().htcdsType()
            + (person.exploitation().htcdsLabourType().isEmpty() ? ""
            : ":" + person.exploitation().htcdsLabourType()));
  }

  static Result anonymise(List<Release> people, int k) {
    List<Release> current = new ArrayList<>(people);
    for (UnaryOperator<Release> step : STEPS) {
      Map<Release, Integer> sizes = sizes(current);
      List<Release> next = new ArrayList<>(current.size());
      for (Release person : current) {
        next.add(sizes.get(person) < k ? step.apply(person) : person);
      }
      current = next;
    }
    Map<Release, Integer> sizes = sizes(current);
    List<Release> released = current.stream().filter(person -> sizes.get(person) >= k)
        .toList();
    return new Result(released, current.size() - released.size());
  }

  static String childOrAdult(String ageBand) {
    return "18+".equals(ageBand) || ANY.equals(ageBand) ? ageBand : "0-17";
  }

  static Map<Release, Integer> sizes(List<Release> people) {
    Map<Release, Integer> sizes = new HashMap<>();
    people.forEach(person -> sizes.merge(person, 1, Integer::sum));
    return sizes;
  }
}
