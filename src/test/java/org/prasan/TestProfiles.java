package org.prasan.claims;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The profiles of the concurrency tests: {@code test} (in-memory H2), then whatever
 * {@code -Dprasan.test.profiles=...} adds, so the same tests run against MariaDB with
 * {@code -Dprasan.test.profiles=mariadb} once that profile exists (later profiles win).
 */
public class ConcurrencyTestProfiles implements ActiveProfilesResolver {

  static final String PROPERTY = "prasan.test.profiles";

  @Override
  public String[] resolve(Class<?> testClass) {
    String extra = System.getProperty(PROPERTY, "");
    return Stream.concat(Stream.of("test"), Arrays.stream(extra.split(","))
            .map(String::strip)
            .filter(profile -> !profile.isEmpty()))
        .toArray(String[]::new);
  }
}
