package org.prasan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prasan.claims.CaseApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** What {@code /actuator/prometheus} says about open, overdue and escalated tasks. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
class EscalationMetricsTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TaskMetrics metrics;

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void countsOpenAndOverdueTasksPerAgencyAndEscalationsByLevel() throws Exception {
    String caseId = new CaseApi(mvc, json, identityService).newCase();
    ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(40L * 24 * 3600)));
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
        .forEach(instance -> managementService.createJobQuery()
            .processInstanceId(instance.getId()).executable().list()
            .forEach(job -> managementService.executeJob(job.getId())));
    metrics.refresh();

    // Metrics are for the monitoring group and administrators (system/DocsAndMetricsSecurity).
    String scrape = mvc.perform(get("/actuator/prometheus").with(SecurityMockMvcRequestPostProcessors
        .httpBasic("admin", "demo"))).andReturn().getResponse().getContentAsString();

    assertThat(scrape).containsPattern("prasan_tasks_overdue\\{agency=\"rtp-atpd\"[^}]*} [1-9]")
        .containsPattern("prasan_tasks_open\\{agency=\"rtp-atpd\"[^}]*} [1-9]")
        .doesNotContain("agency=\"rtp-atpd-sup\"")
        .containsPattern(
            "prasan_escalations_total\\{[^}]*level=\"SUPERVISORS\"[^}]*} [1-9]");
  }
}
