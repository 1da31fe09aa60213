package org.prasan.escalation;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.prasan.system.IdentityCache;
import org.prasan.system.KeptForAWhile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The officers of an agency's group, as an escalation lists them for the coordinator's
 * reassignment (the first 50 by id). A timer storm escalates thousands of one agency's tasks
 * within a minute, and reading the group's users for each was 14 % of the job executor's CPU
 * (docs/benchmarks.md), so each group's list is read at most once per
 * {@code prasan.security.login-cache-ttl} (10 s, as logins are kept), and afresh after any
 * change of users, groups or memberships through this node. A change made on another node shows
 * here within that time; the list only offers names, and a reassignment is checked when made.
 */
@Component
public class AgencyOfficers implements IdentityCache {

  static final int MAX_LISTED = 50;
  /** More groups than any registry has: the bound only guards memory. */
  private static final int MAX_GROUPS = 10_000;

  private final IdentityService identityService;
  private final KeptForAWhile<String, List<String>> groups;

  public AgencyOfficers(IdentityService identityService,
                        @Value("${prasan.security.login-cache-ttl:PT10S}") Duration kept) {
    this.identityService = identityService;
    this.groups = new KeptForAWhile<>(kept, MAX_GROUPS);
  }

  /** The group's users by id, at most {@link #MAX_LISTED}. */
  public List<String> of(String group) {
    return groups.get(group).orElseGet(() -> {
      List<String> officers = identityService.createUserQuery().memberOfGroup(group)
          .orderByUserId().asc().listPage(0, MAX_LISTED).stream().map(User::getId).toList();
      groups.put(group, officers);
      return officers;
    });
  }

  @Override
  public void forgetAll() {
    groups.clear();
  }
}
