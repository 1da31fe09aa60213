package org.prasan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prasan.claims.CaseApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Who reads {@code /api/dashboard/sla}: coordinators, supervisors and administrators, with
 * Basic credentials or the Camunda webapps' login; nobody else.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DashboardSecurityTest {

  static final String SLA = "/api/dashboard/sla";

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void unlockDemoUsers() {
    new CaseApi(mvc, json, identityService);
  }

  @Test
  void coordinatorsSupervisorsAndAdministratorsReadTheFigures() throws Exception {
    assertThat(status(get(SLA).with(httpBasic("coordinator", "demo")))).isEqualTo(200);
    assertThat(status(get(SLA).with(httpBasic("rtp-atpd.supervisor", "demo")))).isEqualTo(200);
    assertThat(status(get(SLA).with(httpBasic("coordinator.supervisor", "demo"))))
        .isEqualTo(200);
    assertThat(status(get(SLA).with(httpBasic("admin", "demo")))).isEqualTo(200);
  }

  @Test
  void anOfficerIsRefused() throws Exception {
    assertThat(status(get(SLA).with(httpBasic("rtp-atpd.officer", "demo")))).isEqualTo(403);
    assertThat(status(get(SLA).with(httpBasic("oag-tip.officer", "demo")))).isEqualTo(403);
  }

  @Test
  void anAnonymousCallerMustAuthenticate() throws Exception {
    assertThat(status(get(SLA))).isEqualTo(401);
    assertThat(status(get(SLA).with(httpBasic("coordinator", "wrong")))).isEqualTo(401);
  }

  @Test
  void theCamundaWebappsLoginIsEnoughForTheDashboard() throws Exception {
    assertThat(status(get(SLA).session(loggedIntoWebapps("coordinator")))).isEqualTo(200);
    assertThat(status(get(SLA).session(loggedIntoWebapps("rtp-atpd.officer"))))
        .isEqualTo(403);
  }

  @Test
  void theWebappsLoginOpensNothingElseOfTheApi() throws Exception {
    MockHttpSession session = loggedIntoWebapps("coordinator");
    assertThat(status(post(SLA).session(session))).isEqualTo(401);
    // (Reading cases and exhibits is the case page's: CasePageApiTest.)
    assertThat(status(get("/api/agencies/rtp-atpd/sla-events").session(session)))
        .isEqualTo(401);
    assertThat(status(post("/api/cases/TIP-2026-000001/victims").session(session)))
        .isEqualTo(401);
    assertThat(status(post("/api/tips").session(session))).isEqualTo(401);
  }

  @Test
  void thePageIsServedWithItsChartLibrary() throws Exception {
    assertThat(mvc.perform(get("/dashboard")).andReturn().getResponse().getRedirectedUrl())
        .isEqualTo("/dashboard/");
    assertThat(mvc.perform(get("/dashboard/")).andReturn().getResponse().getForwardedUrl())
        .isEqualTo("/dashboard/index.html");
    var library = mvc.perform(get("/webjars/uplot/dist/uPlot.iife.min.js")).andReturn()
        .getResponse();
    assertThat(library.getStatus()).isEqualTo(200);
    assertThat(library.getContentAsString()).contains("uPlot");
  }

  /** A session as the webapps' login leaves it (Camunda's AuthenticationUtil). */
  private MockHttpSession loggedIntoWebapps(String user) {
    Authentications logins = new Authentications();
    logins.addOrReplace(new UserAuthentication(user, engine.getName()));
    MockHttpSession session = new MockHttpSession();
    session.setAttribute("authenticatedUser", logins);
    return session;
  }

  private int status(RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }
}
