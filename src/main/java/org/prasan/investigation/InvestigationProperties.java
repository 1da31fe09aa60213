package org.prasan.investigation;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * AMLO's asset trace (external task {@code amlo-asset-trace}, docs/agency-systems.md).
 *
 * @param assetTraceFallbackAfter how long AMLO's system has to take the trace before it becomes
 *     a task for AMLO's officers, so the investigation never waits on a missing integration
 * @param assetTraceUsers the users of AMLO's system: the engine lets them read and update the
 *     investigation's instances, which fetching and completing the trace needs
 */
@ConfigurationProperties("prasan.investigation")
public record InvestigationProperties(Duration assetTraceFallbackAfter,
                                      List<String> assetTraceUsers) {

  public InvestigationProperties {
    assetTraceFallbackAfter = assetTraceFallbackAfter == null
        ? Duration.ofHours(2) : assetTraceFallbackAfter;
    assetTraceUsers = assetTraceUsers == null ? List.of() : List.copyOf(assetTraceUsers);
  }
}
