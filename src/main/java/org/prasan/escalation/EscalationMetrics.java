package org.prasan.escalation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.prasan.sla.SlaEvent;
import org.springframework.stereotype.Component;

/** {@code prasan_escalations_total{level, legal}}: every level an overdue task climbed to. */
@Component
public class EscalationMetrics {

  static final String ESCALATIONS = "prasan.escalations";

  private final MeterRegistry registry;

  public EscalationMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void escalated(SlaEvent.Level level, boolean legalDeadline) {
    Counter.builder(ESCALATIONS)
        .description("Overdue tasks escalated, by the level told")
        .tag("level", level.name())
        .tag("legal", Boolean.toString(legalDeadline))
        .register(registry)
        .increment();
  }
}
