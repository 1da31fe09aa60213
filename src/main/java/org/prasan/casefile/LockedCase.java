package org.prasan.casefile;

import java.util.List;

/** A case row read with a write lock: decisions on its lead happen one at a time. */
public record LockedCase(String caseId, CaseStatus status, String leadAgency,
                         List<String> supportingAgencies, String processInstanceId) {

  public boolean isOpen() {
    return status == CaseStatus.OPEN;
  }
}
