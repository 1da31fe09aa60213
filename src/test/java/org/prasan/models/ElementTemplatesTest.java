package org.prasan.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prasan.agency.Agency;
import org.prasan.modellint.ClasspathDelegateCatalog;
import org.prasan.modellint.ConfigurationFiles;
import org.prasan.modellint.LintEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The element templates for Camunda Modeler desktop ({@code tools/modeler/element-templates},
 * downloadable from the workbench) offer exactly the agencies and legal clocks this build is
 * configured with, the delegate beans that exist, and what the lint wants of a user task.
 */
class ElementTemplatesTest {

  private static final Path TEMPLATES =
      Path.of("tools", "modeler", "element-templates", "prasan-element-templates.json");

  private final LintEnvironment environment = ConfigurationFiles.environment(
      List.of(new ClassPathResource("application.yaml")), ClasspathDelegateCatalog.scan());

  ElementTemplatesTest() throws IOException {
  }

  @Test
  void theAgencyTaskOffersTheRegistryAndSetsFormBindingAndDueDate() throws IOException {
    JsonNode task = template("org.prasan.AgencyTask");

    Set<String> agencies = values(property(task, "camunda:candidateGroups").path("choices"));
    assertThat(agencies).containsAll(List.of("${leadAgency}", "${triageAgency}"));
    assertThat(agencies.stream().filter(group -> !group.startsWith("$")).collect(Collectors.toSet()))
        .isEqualTo(environment.agencyGroups().stream()
            .filter(group -> !group.endsWith(Agency.SUPERVISOR_SUFFIX)).collect(Collectors.toSet()));
    assertThat(property(task, "camunda:formRefBinding").path("value").asText()).isEqualTo("deployment");
    assertThat(property(task, "camunda:dueDate").path("value").asText())
        .isEqualTo(org.prasan.sla.ServiceLevels.DUE_DATE_EXPRESSION);
    assertThat(property(task, "serviceLevel").path("binding").path("type").asText())
        .isEqualTo("camunda:property");
  }

  @Test
  void theClockTemplatesCallExistingDelegatesWithTheConfiguredClocks() throws IOException {
    for (String id : List.of("org.prasan.StartLegalClock", "org.prasan.ExtendLegalClock",
        "org.prasan.StopLegalClock")) {
      JsonNode template = template(id);
      String bean = property(template, "camunda:delegateExpression").path("value").asText()
          .replaceAll("[${}]", "");
      assertThat(environment.delegates().exists(bean)).as(id + " calls " + bean).isTrue();
      assertThat(values(property(template, "legalClock").path("choices")))
          .isEqualTo(new TreeSet<>(environment.legalClocks()));
    }
  }

  @Test
  void theCaseMessageIsAMessageThrowEvent() throws IOException {
    JsonNode message = template("org.prasan.CaseMessage");

    assertThat(message.path("elementType").path("eventDefinition").asText())
        .isEqualTo("bpmn:MessageEventDefinition");
    assertThat(message.path("description").asText()).contains("${sendCaseMessageDelegate}");
  }

  private static JsonNode template(String id) throws IOException {
    for (JsonNode template : new ObjectMapper().readTree(TEMPLATES.toFile())) {
      if (template.path("id").asText().equals(id)) {
        return template;
      }
    }
    throw new AssertionError("no template " + id);
  }

  private static JsonNode property(JsonNode template, String bindingName) {
    for (JsonNode property : template.path("properties")) {
      if (property.path("binding").path("name").asText().equals(bindingName)) {
        return property;
      }
    }
    throw new AssertionError(template.path("id").asText() + " binds no " + bindingName);
  }

  private static Set<String> values(JsonNode choices) {
    Set<String> values = new TreeSet<>();
    choices.forEach(choice -> values.add(choice.path("value").asText()));
    return values;
  }
}
