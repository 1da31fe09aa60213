package org.prasan.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prasan.TestProfiles;
import org.prasan.ThisContextsEngine;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.intake.TipRequests;
import org.prasan.intake.TipTriageProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * From a tip to the agency that leads the case, in the whole application: a tip taken in
 * (and fuzzed), duplicates and overlapping identifiers found and decided, also concurrently,
 * claims to lead a case and special cases, also concurrently.
 * Each former test class is a {@code @Nested} class; those tagged {@code mariadb} also run in
 * {@code mvn verify -Pmariadb}. One configuration, the API tests' shared one (RANDOM_PORT with
 * MockMvc), so Spring starts one context for all of them.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
class TipsOverlapsAndClaimsTest {

  @Tag("mariadb")
  @Nested
  class TipIntakeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService taskService;
    @Autowired
    CaseFileRepository cases;

    @Test
    void opensACaseAndGivesItsTriageToTheAgencyOfTheSource() throws Exception {
      JsonNode answer = read(postTip(TipRequests.aTip().with("source", "NCMEC_CYBERTIPLINE"))
          .andExpect(status().isCreated())
          .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/cases/TIP-"))));

      String caseId = answer.get("caseId").asText();
      assertThat(caseId).matches("TIP-\\d{4}-\\d{6}");
      assertThat(answer.get("processInstanceId").asText()).isNotBlank();
      Task triage = taskService.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
      assertThat(triage.getTaskDefinitionKey()).isEqualTo(TipTriageProcess.TASK_TRIAGE_TIP);
      assertThat(taskService.createTaskQuery().taskId(triage.getId())
          .taskCandidateGroup("rtp-ticac").count()).isEqualTo(1);
    }

    @Test
    void keepsTheProvinceByItsEnglishNameWhenGivenInThai() throws Exception {
      JsonNode answer = read(postTip(TipRequests.aTip().with("province", "เชียงราย"))
          .andExpect(status().isCreated()));

      assertThat(cases.findById(answer.get("caseId").asText()).orElseThrow().province())
          .isEqualTo("Chiang Rai");
    }

    @Test
    void answersTheExistingCaseWhenTheSameTipArrivesAgain() throws Exception {
      TipRequests tip = TipRequests.aTip().with("source", "NCMEC_CYBERTIPLINE")
          .with("externalRef", "CT-" + System.nanoTime());
      String first = read(postTip(tip).andExpect(status().isCreated())).get("caseId").asText();

      // Named again to the source's triage agency, who may open the case; anyone else learns
      // only that the tip is known (issue 15: no lookup oracle, security/AttackersTest).
      String second = read(postTip("rtp-ticac.officer", tip).andExpect(status().isOk()))
          .get("caseId").asText();

      assertThat(second).isEqualTo(first);
      postTip(tip).andExpect(status().isConflict());
    }

    @Test
    void refusesATipWithoutCredentials() throws Exception {
      mvc.perform(post("/api/tips").contentType(MediaType.APPLICATION_JSON)
              .content(json.writeValueAsString(TipRequests.aTip().build())))
          .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesATipWithAWrongPassword() throws Exception {
      mvc.perform(post("/api/tips").with(httpBasic("rtp-atpd.officer", "wrong"))
              .contentType(MediaType.APPLICATION_JSON)
              .content(json.writeValueAsString(TipRequests.aTip().build())))
          .andExpect(status().isUnauthorized());
    }

    private ResultActions postTip(TipRequests tip) throws Exception {
      return postTip("rtp-atpd.officer", tip);
    }

    private ResultActions postTip(String officer, TipRequests tip) throws Exception {
      return mvc.perform(post("/api/tips").with(httpBasic(officer, "demo"))
          .contentType(MediaType.APPLICATION_JSON)
          .content(json.writeValueAsString(tip.build())));
    }

    private JsonNode read(ResultActions result) throws Exception {
      return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
  }
}
