package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prasan.ThisContextsEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 20: HTTP Basic logins are remembered for a few seconds, yet a membership removed or a
 * password changed through the node takes effect on the very next request.
 */
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VerifiedLoginsApiTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  IdentityService identityService;

  private HttpStatus dashboardAs(String user, String password) {
    return HttpStatus.valueOf(http.withBasicAuth(user, password)
        .getForEntity("/api/dashboard/sla", String.class).getStatusCode().value());
  }

  @Test
  void aRemovedMembershipTakesEffectOnTheNextRequest() {
    assertThat(dashboardAs("coordinator", "demo")).isEqualTo(HttpStatus.OK);
    identityService.deleteMembership("coordinator", "coordinator");
    try {
      assertThat(dashboardAs("coordinator", "demo")).isEqualTo(HttpStatus.FORBIDDEN);
    } finally {
      identityService.createMembership("coordinator", "coordinator");
    }
    assertThat(dashboardAs("coordinator", "demo")).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aChangedPasswordTakesEffectOnTheNextRequest() {
    assertThat(dashboardAs("coordinator.supervisor", "demo")).isEqualTo(HttpStatus.OK);
    User user = identityService.createUserQuery().userId("coordinator.supervisor").singleResult();
    user.setPassword("a new password 2026");
    identityService.saveUser(user);
    try {
      assertThat(dashboardAs("coordinator.supervisor", "demo"))
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(dashboardAs("coordinator.supervisor", "a new password 2026"))
          .isEqualTo(HttpStatus.OK);
    } finally {
      User again = identityService.createUserQuery().userId("coordinator.supervisor")
          .singleResult();
      again.setPassword("demo");
      identityService.saveUser(again);
    }
  }
}
