package org.prasan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.Test;

class AgencyOfficersTest {

  private final IdentityService identityService = mock(IdentityService.class);

  @Test
  void readsAGroupsOfficersOnceWhileKeptAndAgainAfterAnIdentityChange() {
    officersOfAtpdAre("rtp-atpd.officer", "rtp-atpd.storm001");
    AgencyOfficers officers = new AgencyOfficers(identityService, Duration.ofMinutes(1));

    assertThat(officers.of("rtp-atpd")).containsExactly("rtp-atpd.officer", "rtp-atpd.storm001");
    officersOfAtpdAre("rtp-atpd.officer");
    assertThat(officers.of("rtp-atpd")).containsExactly("rtp-atpd.officer", "rtp-atpd.storm001");

    officers.forgetAll();

    assertThat(officers.of("rtp-atpd")).containsExactly("rtp-atpd.officer");
  }

  @Test
  void keepsNothingWhenTheLoginCacheIsOff() {
    officersOfAtpdAre("rtp-atpd.officer");
    AgencyOfficers officers = new AgencyOfficers(identityService, Duration.ZERO);

    officers.of("rtp-atpd");
    officers.of("rtp-atpd");

    verify(identityService, times(2)).createUserQuery();
  }

  private void officersOfAtpdAre(String... ids) {
    List<User> users = Arrays.stream(ids).map(id -> {
      User user = mock(User.class);
      when(user.getId()).thenReturn(id);
      return user;
    }).toList();
    UserQuery query = mock(UserQuery.class);
    when(identityService.createUserQuery()).thenReturn(query);
    when(query.memberOfGroup("rtp-atpd")).thenReturn(query);
    when(query.orderByUserId()).thenReturn(query);
    when(query.asc()).thenReturn(query);
    when(query.listPage(0, AgencyOfficers.MAX_LISTED)).thenReturn(users);
  }
}
