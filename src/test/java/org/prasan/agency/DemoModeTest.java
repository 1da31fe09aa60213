package org.prasan.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 15, item 9: demo users only when asked for, or on the embedded H2 default. */
class DemoModeTest {

  private static final String H2 = "jdbc:h2:file:./data/prasan";

  @Test
  void theEmbeddedH2DefaultIsADemo() {
    assertThat(DemoMode.decide("auto", new String[0], H2)).isTrue();
    assertThat(DemoMode.decide(null, new String[] {"test"}, "jdbc:h2:mem:x")).isTrue();
  }

  @Test
  void anyOtherProfileOrDatabaseIsNoDemoUnlessAskedFor() {
    assertThat(DemoMode.decide("auto", new String[] {"prod"}, H2)).isFalse();
    assertThat(DemoMode.decide("auto", new String[0], "jdbc:mariadb://db/prasan")).isFalse();
    assertThat(DemoMode.decide("true", new String[] {"mariadb"}, "jdbc:mariadb://db/p"))
        .isTrue();
    assertThat(DemoMode.decide("false", new String[0], H2)).isFalse();
  }
}
