package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** Issue 20: a login verified a moment ago is not checked against the database again. */
class VerifiedLoginsTest {

  @Test
  void theSamePasswordWithinTheTtlGivesTheGroupsOfTheLogin() {
    VerifiedLogins logins = new VerifiedLogins(Duration.ofSeconds(10));
    logins.remember("dsi.officer", "demo", List.of("dsi"));

    assertThat(logins.groupsOf("dsi.officer", "demo")).contains(List.of("dsi"));
    assertThat(logins.groupsOf("dsi.officer", "wrong")).isEmpty();
    assertThat(logins.groupsOf("msdhs.officer", "demo")).isEmpty();
  }

  @Test
  void anExpiredOrForgottenLoginIsCheckedAgain() {
    VerifiedLogins expiring = new VerifiedLogins(Duration.ofNanos(1));
    expiring.remember("dsi.officer", "demo", List.of("dsi"));
    assertThat(expiring.groupsOf("dsi.officer", "demo")).isEmpty();

    VerifiedLogins logins = new VerifiedLogins(Duration.ofSeconds(10));
    logins.remember("dsi.officer", "demo", List.of("dsi"));
    logins.forgetAll();
    assertThat(logins.groupsOf("dsi.officer", "demo")).isEmpty();

    VerifiedLogins off = new VerifiedLogins(Duration.ZERO);
    off.remember("dsi.officer", "demo", List.of("dsi"));
    assertThat(off.groupsOf("dsi.officer", "demo")).isEmpty();
  }

  @Test
  void theProviderChecksThePasswordOnceWithinTheTtlAndEveryWrongOne() {
    IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    when(identity.checkPassword("dsi.officer", "demo")).thenReturn(true);
    Group dsi = mock(Group.class);
    when(dsi.getId()).thenReturn("dsi");
    when(identity.createGroupQuery().groupMember("dsi.officer").list()).thenReturn(List.of(dsi));
    CamundaIdentityAuthenticationProvider provider = new CamundaIdentityAuthenticationProvider(
        identity, new LoginThrottle(Clock.systemUTC()), new VerifiedLogins(Duration.ofSeconds(10)));

    for (int request = 0; request < 3; request++) {
      assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
              "dsi.officer", "demo")).getAuthorities()).extracting(GrantedAuthority::getAuthority)
          .containsExactly("dsi");
    }
    verify(identity, times(1)).checkPassword(anyString(), anyString());

    for (int request = 0; request < 2; request++) {
      try {
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("dsi.officer",
            "guess"));
      } catch (BadCredentialsException refused) {
        // as it must
      }
    }
    verify(identity, times(3)).checkPassword(anyString(), anyString());
  }

  @Test
  void identityWritesAreTheCommandsThatForgetLogins() {
    assertThat(IdentityChanges.changesIdentities(
        new org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd("dsi.officer", "dsi"))).isTrue();
    assertThat(IdentityChanges.changesIdentities(
        new org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd("dsi.officer", "dsi"))).isTrue();
    assertThat(IdentityChanges.changesIdentities(
        new org.camunda.bpm.engine.impl.cmd.CheckPassword("dsi.officer", "demo"))).isFalse();
  }
}
