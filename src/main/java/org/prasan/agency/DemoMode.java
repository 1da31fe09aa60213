package org.prasan.agency;

import java.util.Arrays;
import java.util.Set;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether this start is a demo, with demo users whose password is {@code demo}: when
 * {@code PRASAN_DEMO=true} ({@code prasan.demo.enabled}), or, when it is not set at all, on the
 * embedded H2 database with no profile but the test suite's. Any other profile
 * ({@code --spring.profiles.active=prod} let {@code admin:demo} in, issue 15) or database is no
 * demo unless asked for; {@link DemoPasswordGuard} then refuses to start while a user still
 * has the password {@code demo}.
 */
public class DemoMode implements Condition {

  static final String PROPERTY = "prasan.demo.enabled";
  private static final Set<String> DEMO_PROFILES = Set.of("default", "test");

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return on(context.getEnvironment());
  }

  public static boolean on(Environment environment) {
    return decide(environment.getProperty(PROPERTY), environment.getActiveProfiles(),
        environment.getProperty("spring.datasource.url"));
  }

  /** The decision itself: the flag wins; without it, H2 and no profile of a real start. */
  static boolean decide(String flag, String[] profiles, String datasourceUrl) {
    if (flag != null && !flag.isBlank() && !"auto".equalsIgnoreCase(flag.strip())) {
      return Boolean.parseBoolean(flag.strip());
    }
    return datasourceUrl != null && datasourceUrl.startsWith("jdbc:h2:")
        && Arrays.stream(profiles).allMatch(DEMO_PROFILES::contains);
  }
}
