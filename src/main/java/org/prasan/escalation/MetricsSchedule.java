package org.prasan.escalation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link TaskMetrics#refresh()}; tests switch it off and refresh by hand. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "prasan.metrics.schedule", havingValue = "true",
    matchIfMissing = true)
public class MetricsSchedule {
}
