package org.prasan.intake;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Which agency triages a tip, by its source ({@code prasan.intake.triage-agency}). */
@ConfigurationProperties("prasan.intake")
public record IntakeProperties(Map<TipSource, String> triageAgency) {

  public IntakeProperties {
    triageAgency = triageAgency == null ? Map.of() : Map.copyOf(triageAgency);
  }

  public String triageAgencyFor(TipSource source) {
    String agency = triageAgency.get(source);
    if (agency == null) {
      throw new IllegalStateException("No triage agency configured for source " + source
          + " (prasan.intake.triage-agency)");
    }
    return agency;
  }
}
