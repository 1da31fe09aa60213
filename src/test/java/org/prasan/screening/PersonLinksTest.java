package org.prasan.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.prasan.system.FieldProblem;
import org.prasan.system.RuleViolationException;

/**
 * The screening's compound, recruiter and network fields: the server's rules, the forms'
 * bilingual fields with the same lengths, and the groups the board suggests from them.
 */
class PersonLinksTest {

  @Test
  void blankFieldsAreAbsentAndGivenOnesAreStripped() {
    Map<String, Object> submitted = new HashMap<>();
    submitted.put(PersonLinks.COMPOUND_NAME, "  KK Park ");
    submitted.put(PersonLinks.RECRUITER_NAME, "");
    submitted.put(PersonLinks.RECRUITER_PHONE, Variables.stringValue("+66 (81) 234-5678"));
    submitted.put(PersonLinks.NETWORK_HANDLE, null);
    submitted.put("screeningOutcome", "VICTIM");

    PersonLinks.Links links = PersonLinks.check(submitted);

    assertThat(links).isEqualTo(new PersonLinks.Links("KK Park", null, null,
        "+66 (81) 234-5678", null));
    assertThat(PersonLinks.check(Map.of("screeningOutcome", "VICTIM")).isEmpty()).isTrue();
  }

  @Test
  void eachBrokenRuleIsRefusedNamingItsFieldInThaiAndEnglishWithoutTheValue() {
    Map<String, Object> submitted = new LinkedHashMap<>();
    submitted.put(PersonLinks.COMPOUND_NAME, "x".repeat(201));
    submitted.put(PersonLinks.RECRUITER_NAME, "Broker\u202Eevil");
    submitted.put(PersonLinks.RECRUITER_PHONE, "ask at the gate");
    submitted.put(PersonLinks.NETWORK_HANDLE, 42);

    assertThatThrownBy(() -> PersonLinks.check(submitted))
        .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
          List<FieldProblem> problems = refused.fields();
          assertThat(problems).extracting(FieldProblem::field).containsExactly(
              PersonLinks.COMPOUND_NAME, PersonLinks.RECRUITER_NAME, PersonLinks.RECRUITER_PHONE,
              PersonLinks.NETWORK_HANDLE);
          assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.message().th()).isNotBlank();
            assertThat(problem.message().en()).isNotBlank();
            assertThat(problem.message().text()).doesNotContain("gate").doesNotContain("evil");
          });
        });
    assertThatThrownBy(() -> PersonLinks.check(Map.of(PersonLinks.RECRUITER_PHONE, "12345")))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void bothScreeningFormsHaveTheFieldsBilingualWithTheServersLengths() throws Exception {
    for (String form : List.of("forms/screen-person.form", "forms/screen-child-person.form")) {
      Map<String, JsonNode> fields = new HashMap<>();
      new ObjectMapper().readTree(new File(form)).get("components")
          .forEach(component -> fields.put(component.path("key").asText(), component));
      PersonLinks.FIELDS.forEach((key, maxLength) -> {
        JsonNode field = fields.get(key);
        assertThat(field).as(form + " " + key).isNotNull();
        assertThat(field.get("label").asText()).as(form + " " + key)
            .matches("[^a-zA-Z]*[\\u0E00-\\u0E7F][^/]* / [A-Z].*");
        assertThat(field.path("validate").path("maxLength").asInt()).isEqualTo(maxLength);
        assertThat(field.path("validate").path("required").asBoolean(false)).isFalse();
      });
    }
  }

  @Test
  void theBoardGroupsByCompoundRecruiterAndNetworkTwoOrMoreEach() {
    Map<String, PersonLinks.Links> links = new LinkedHashMap<>();
    links.put("P1", new PersonLinks.Links("KK Park", "Myawaddy", "Ko Aung", "081-234-5678",
        null));
    links.put("P2", new PersonLinks.Links("kk  PARK", null, null, "+66 81 234 5678",
        "@scamjobs"));
    links.put("P3", new PersonLinks.Links(null, null, "KO AUNG", null, "ScamJobs"));
    links.put("P4", new PersonLinks.Links("Shwe Kokko", null, "Someone else", "0999999999",
        null));
    links.put("P5", new PersonLinks.Links(null, null, null, null, "another_handle"));

    List<GroupingBoard.Suggestion> suggestions = GroupingBoard.shared(links);

    assertThat(suggestions).extracting(GroupingBoard.Suggestion::basis).containsExactly(
        GroupingBoard.SAME_COMPOUND, GroupingBoard.SAME_RECRUITER, GroupingBoard.SAME_NETWORK);
    assertThat(suggestions.get(0).compound()).isEqualTo("KK Park (Myawaddy)");
    assertThat(suggestions.get(0).personRefs()).containsExactly("P1", "P2");
    assertThat(suggestions.get(1).personRefs()).containsExactlyInAnyOrder("P1", "P2", "P3");
    assertThat(suggestions.get(1).matchedBy()).containsExactly("NAME", "PHONE");
    assertThat(suggestions.get(2).personRefs()).containsExactlyInAnyOrder("P2", "P3");
    assertThat(suggestions.get(2).matchedBy()).containsExactly("HANDLE");
    assertThat(suggestions.toString()).doesNotContain("Aung").doesNotContain("5678")
        .doesNotContain("scamjobs");
  }
}
