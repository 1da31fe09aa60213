package org.prasan.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ServiceLevelTest {

  @Test
  void readsWorkingTimeAsWrittenInTheConfiguration() {
    assertThat(ServiceLevel.valueOf("3 working days")).isEqualTo(ServiceLevel.workingDays(3));
    assertThat(ServiceLevel.valueOf("1 working day")).isEqualTo(ServiceLevel.workingDays(1));
    assertThat(ServiceLevel.valueOf("4 working hours")).isEqualTo(ServiceLevel.workingHours(4));
  }

  @Test
  void readsCalendarTimeInSpringsAndIsoForms() {
    assertThat(ServiceLevel.valueOf("24h"))
        .isEqualTo(ServiceLevel.calendar(Duration.ofHours(24)));
    assertThat(ServiceLevel.valueOf("PT12H"))
        .isEqualTo(ServiceLevel.calendar(Duration.ofHours(12)));
    assertThat(ServiceLevel.valueOf("15d").working()).isFalse();
  }

  @Test
  void namesTheFormsItUnderstandsWhenItCannotReadOne() {
    assertThatThrownBy(() -> ServiceLevel.valueOf("three days"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'three days' is not a service level")
        .hasMessageContaining("'3 working days'");
  }

  @Test
  void readsLegalPeriodsInMonthsAndYearsAsTheCourtCountsThem() {
    assertThat(LegalDuration.valueOf("6 months").period()).isEqualTo(Period.ofMonths(6));
    assertThat(LegalDuration.valueOf("1 year").period()).isEqualTo(Period.ofYears(1));
    assertThat(LegalDuration.valueOf("84d").duration()).isEqualTo(Duration.ofDays(84));
    assertThat(LegalDuration.valueOf("P6M").period()).isEqualTo(Period.ofMonths(6));
  }
}
