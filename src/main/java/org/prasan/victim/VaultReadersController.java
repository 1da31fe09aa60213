package org.prasan.victim;

import java.util.List;
import org.prasan.agency.Actor;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.system.Bilingual;
import org.prasan.system.NotPermittedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/agencies/{agency}/vault-reader-changes}: who joined or left the agency's
 * vault-reading groups, by whom and when, for the agency's supervisors (issue 15, item 3).
 */
@RestController
public class VaultReadersController {

  private final VaultReaderMemberships memberships;

  public VaultReadersController(VaultReaderMemberships memberships) {
    this.memberships = memberships;
  }

  @GetMapping(path = "/api/agencies/{agency}/vault-reader-changes",
      produces = "application/json")
  @Access(AccessRule.AGENCY_STAFF)
  public List<VaultReaderMemberships.Change> changes(@PathVariable String agency,
                                                     Actor caller) {
    if (!caller.isSupervisorOf(agency)) {
      throw new NotPermittedException(Bilingual.of(
          "การเปลี่ยนแปลงสมาชิกของ " + agency + " สำหรับหัวหน้าหน่วยงานนั้นเท่านั้น",
          "Changes to " + agency + "'s members are for its supervisors only"));
    }
    return memberships.of(agency);
  }
}
