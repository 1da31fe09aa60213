package org.prasan.deconfliction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.TestProfiles;
import org.prasan.casefile.JointCaseProcess;
import org.prasan.claims.CaseApi;
import org.prasan.claims.Concurrently;
import org.prasan.intake.TipRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Ten copies of one tip at the same instant: one case, and every answer names it. Ten different
 * tips naming one phone at the same instant: every pair of them gets exactly one review.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("concurrency")
@Tag("mariadb")
class DuplicateTipConcurrencyTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  RuntimeService runtimeService;

  @Test
  void tenCopiesOfOneNcmecReportArrivingTogetherOpenOneCase() throws Exception {
    CaseApi api = new CaseApi(mvc, json, identityService);
    String reportId = "CT-" + System.nanoTime();
    TipRequests report = TipRequests.aTip().with("source", "NCMEC_CYBERTIPLINE")
        .with("externalRef", reportId);
    List<Callable<MockHttpServletResponse>> calls = new ArrayList<>();
    for (int copy = 0; copy < 10; copy++) {
      // Sent by the agency that triages NCMEC reports: a repeat is answered with the case only
      // to a caller who may open it (issue 15, item 7).
      calls.add(() -> api.postTip("rtp-ticac.officer", report));
    }

    List<MockHttpServletResponse> answers = Concurrently.run(calls);

    assertThat(answers).extracting(MockHttpServletResponse::getStatus)
        .containsOnly(200, 201).containsOnlyOnce(201);
    List<String> caseIds = new ArrayList<>();
    for (MockHttpServletResponse answer : answers) {
      caseIds.add(api.read(answer).get("caseId").asText());
    }
    assertThat(caseIds).containsOnly(caseIds.get(0));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file WHERE external_ref = :ref")
        .param("ref", reportId).query(Long.class).single()).isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(JointCaseProcess.PROCESS_KEY)
        .processInstanceBusinessKey(caseIds.get(0)).count()).isEqualTo(1);
  }

  @Test
  void tenTipsNamingOnePhoneTogetherGiveEveryPairOfCasesExactlyOneReview() throws Exception {
    CaseApi api = new CaseApi(mvc, json, identityService);
    String phone = TipRequests.aPhoneOfItsOwn();
    List<Callable<MockHttpServletResponse>> calls = new ArrayList<>();
    for (int tip = 0; tip < 10; tip++) {
      calls.add(() -> api.postTip(TipRequests.aTip()
          .with("identifiers", List.of(Map.of("type", "PHONE", "value", phone)))));
    }

    List<MockHttpServletResponse> answers = Concurrently.run(calls);

    assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
    List<String> caseIds = new ArrayList<>();
    for (MockHttpServletResponse answer : answers) {
      caseIds.add(api.read(answer).get("caseId").asText());
    }
    long reviews = jdbc.sql("""
            SELECT COUNT(*) FROM case_overlap
            WHERE case_id IN (:cases) AND other_case_id IN (:cases)
              AND process_instance_id IS NOT NULL""")
        .param("cases", caseIds).query(Long.class).single();
    assertThat(reviews).isEqualTo(10 * 9 / 2);
  }
}
