package org.prasan.claims;

import java.util.List;
import org.prasan.casefile.CaseStatus;

/** A case row read with a write lock: decisions on its lead happen one at a time. */
public record LockedCase(String caseId, CaseStatus status, String leadAgency,
                         List<String> supportingAgencies, String processInstanceId) {

  public boolean isOpen() {
    return status == CaseStatus.OPEN;
  }
}
