package org.prasan.dashboard;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.prasan.agency.Actor;
import org.prasan.casefile.CaseAccess;

/**
 * The cases behind the dashboard's counts that one viewer may open: the case's own access
 * decision ({@code CASE_VIEW}), asked once per case however many counts name it.
 */
final class VisibleCases {

  private final CaseAccess access;
  private final Actor viewer;
  private final Map<String, Boolean> decided = new HashMap<>();

  VisibleCases(CaseAccess access, Actor viewer) {
    this.access = access;
    this.viewer = viewer;
  }

  /** Those of the cases the viewer may open, each once, in case id order. */
  List<String> of(Collection<String> caseIds) {
    return caseIds.stream().distinct()
        .filter(caseId -> decided.computeIfAbsent(caseId, id -> access.mayView(id, viewer)))
        .sorted().toList();
  }
}
