package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API's description and Swagger UI only for the signed-in, metrics only for the monitoring
 * group and administrators, health for anyone (issue 15, item 10; issue 23).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DocsAndMetricsAccessTest {

  private static final String WATCHER = "metrics.watcher";

  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identityService;

  @BeforeEach
  void aMemberOfTheMonitoringGroup() {
    if (identityService.createUserQuery().userId(WATCHER).count() == 0) {
      User user = identityService.newUser(WATCHER);
      user.setPassword("watch-" + WATCHER);
      identityService.saveUser(user);
      identityService.createMembership(WATCHER, MonitoringGroup.ID);
    }
  }

  @Test
  void theApiDescriptionAndSwaggerUiAreForTheSignedIn() throws Exception {
    for (String path : List.of("/v3/api-docs", "/swagger-ui/index.html", "/swagger-ui.html")) {
      assertThat(answer(get(path)).getStatus()).as(path).isEqualTo(401);
    }

    MockHttpServletResponse docs = answer(get("/v3/api-docs")
        .with(httpBasic("rtp-atpd.officer", "demo")));
    assertThat(docs.getStatus()).isEqualTo(200);
    assertThat(docs.getContentAsString()).contains("/api/tips").contains("\"basic\"")
        .doesNotContain("\"/engine-rest/");
    MockHttpServletResponse ui = answer(get("/swagger-ui/index.html")
        .with(httpBasic("rtp-atpd.officer", "demo")));
    assertThat(ui.getStatus()).isEqualTo(200);
    assertThat(ui.getContentAsString()).contains("swagger-ui");
  }

  @Test
  void metricsAreForTheMonitoringGroupAndAdministratorsHealthForAnyone() throws Exception {
    assertThat(answer(get("/actuator/health")).getStatus()).isEqualTo(200);
    for (String path : List.of("/actuator/metrics", "/actuator/prometheus")) {
      assertThat(answer(get(path)).getStatus()).as(path).isEqualTo(401);
      assertThat(answer(get(path).with(httpBasic("coordinator", "demo"))).getStatus())
          .as(path).isEqualTo(403);
    }

    assertThat(answer(get("/actuator/metrics").with(httpBasic(WATCHER, "watch-" + WATCHER)))
        .getStatus()).isEqualTo(200);
    assertThat(answer(get("/actuator/metrics").with(httpBasic("admin", "demo"))).getStatus())
        .isEqualTo(200);
  }

  private MockHttpServletResponse answer(MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }
}
