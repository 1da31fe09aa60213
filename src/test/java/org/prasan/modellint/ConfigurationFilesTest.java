package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class ConfigurationFilesTest {

  @Test
  void readsRegistryServiceLevelsAndLintSettingsFromApplicationYaml() throws IOException {
    LintEnvironment environment = ConfigurationFiles.environment(
        List.of(new ClassPathResource("application.yaml")),
        new LintFixtures.MapDelegateCatalog(java.util.Map.of()));

    assertThat(environment.agencyGroups()).contains("rtp-atpd", "oag-tip", "oag-tip-sup",
        "coordinator").doesNotContain("Task_TriageTip");
    assertThat(environment.serviceLevelTaskIds()).contains("Task_TriageTip", "Task_ApproveCharging");
    assertThat(environment.providedVariables()).contains("caseId", "triageAgency", "organised");
    assertThat(environment.candidateGroupVariables()).containsExactlyInAnyOrder("leadAgency",
        "triageAgency", "otherLeadAgency", "supervisorGroups");
  }

  @Test
  void findsDelegateBeansAndTheirConstantsWithoutASpringContext() {
    ClasspathDelegateCatalog delegates = ClasspathDelegateCatalog.scan();

    assertThat(delegates.exists("recordLeadAgencyDelegate")).isTrue();
    assertThat(delegates.exists("sla")).isTrue();
    assertThat(delegates.exists("noSuchDelegate")).isFalse();
    assertThat(delegates.stringConstants("recordLeadAgencyDelegate"))
        .contains("leadAgency", "supportingAgencies");
  }
}
