package org.prasan.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prasan.intake.Indicator;

/** Every rule of {@code processes/lead-agency.dmn}, and the order in which they win. */
@Tag("mariadb")
class LeadAgencyDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = Files.newInputStream(Path.of("processes/lead-agency.dmn"))) {
      decision = dmnEngine.parseDecision(JointCaseProcess.DECISION_LEAD_AGENCY, dmn);
    }
  }

  @ParameterizedTest(name = "{0} -> {1} with {2}, DSI special case {3}")
  @CsvSource(delimiter = '|', textBlock = """
      ORGANISED                                  | rtp-atpd  | dsi,amlo,immigration,msdhs           | true
      ORGANISED ONLINE CHILD_VICTIM              | rtp-atpd  | dsi,amlo,immigration,msdhs           | true
      TRANSNATIONAL ONLINE CHILD_VICTIM          | rtp-ticac | dsi,rtp-ccib,msdhs                   | true
      TRANSNATIONAL FORCED_LABOUR                | rtp-atpd  | dsi,mol-dlpw,immigration,msdhs       | true
      TRANSNATIONAL SEXUAL_EXPLOITATION          | rtp-atpd  | dsi,immigration,msdhs                | true
      ONLINE CHILD_VICTIM SEXUAL_EXPLOITATION    | rtp-ticac | rtp-ccib,msdhs                       | false
      FORCED_LABOUR                              | rtp-atpd  | mol-dlpw,msdhs                       | false
      FORCED_LABOUR CHILD_VICTIM                 | rtp-atpd  | mol-dlpw,msdhs                       | false
      ONLINE SEXUAL_EXPLOITATION                 | rtp-atpd  | rtp-ccib,msdhs                       | false
      CHILD_VICTIM SEXUAL_EXPLOITATION           | rtp-atpd  | msdhs                                | false
      FORCED_CRIMINALITY                         | rtp-atpd  | msdhs                                | false
      NONE                                       | rtp-atpd  | msdhs                                | false
      """)
  void proposesTheLeadAgencyForTheIndicators(String indicators, String lead, String supporting,
                                             boolean dsiSpecialCase) {
    DmnDecisionRuleResult result = dmnEngine
        .evaluateDecisionTable(decision, variablesFor(indicators))
        .getSingleResult();

    assertThat((String) result.getEntry(JointCaseProcess.VAR_PROPOSED_LEAD_AGENCY))
        .isEqualTo(lead);
    assertThat((String) result.getEntry(JointCaseProcess.VAR_PROPOSED_SUPPORTING_AGENCIES))
        .isEqualTo(supporting);
    assertThat((Boolean) result.getEntry(JointCaseProcess.VAR_DSI_SPECIAL_CASE_PROPOSED))
        .isEqualTo(dsiSpecialCase);
  }

  private static VariableMap variablesFor(String indicatorList) {
    Set<Indicator> present = EnumSet.noneOf(Indicator.class);
    for (String name : indicatorList.trim().split("\\s+")) {
      if (!"NONE".equals(name)) {
        present.add(Indicator.valueOf(name));
      }
    }
    VariableMap variables = Variables.createVariables();
    for (Indicator indicator : Indicator.values()) {
      variables.putValue(indicator.variableName(), present.contains(indicator));
    }
    return variables;
  }
}
