package org.prasan;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The profiles of the Spring tests that also run on MariaDB (tag {@code mariadb}): {@code test},
 * then whatever {@code -Dprasan.test.profiles=...} adds. {@code mvn verify -Pmariadb} adds
 * {@code mariadb}, whose datasource wins (later profiles win), pointed at this run's database
 * by {@link MariaDbTestDatabase}.
 */
public class TestProfiles implements ActiveProfilesResolver {

  public static final String PROPERTY = "prasan.test.profiles";
  public static final String MARIADB = "mariadb";

  @Override
  public String[] resolve(Class<?> testClass) {
    return Stream.concat(Stream.of("test"), extra().stream()).toArray(String[]::new);
  }

  /** Whether this run's tests talk to MariaDB instead of in-memory H2. */
  public static boolean onMariaDb() {
    return extra().contains(MARIADB);
  }

  private static List<String> extra() {
    return Arrays.stream(System.getProperty(PROPERTY, "").split(","))
        .map(String::strip)
        .filter(profile -> !profile.isEmpty())
        .toList();
  }
}
