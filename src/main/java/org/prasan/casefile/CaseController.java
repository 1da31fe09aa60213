package org.prasan.casefile;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case as agencies see it: who leads, how it stands, what is still open. */
@RestController
@RequestMapping("/api/cases")
public class CaseController {

  private final CaseViews views;

  public CaseController(CaseViews views) {
    this.views = views;
  }

  @GetMapping(path = "/{caseId}", produces = "application/json")
  @Access(AccessRule.CASE_VIEW)
  @Operation(summary = "A case: lead and supporting agencies, status, outcome and open tasks",
      description = "For coordinators and the agencies working on the case (404 for anyone "
          + "else, as for an unknown case). openTasks lists the tasks the caller's groups may "
          + "see.")
  public CaseView get(@PathVariable CaseId caseId) {
    // As the caller: the engine lists only the tasks their groups may see.
    return views.find(caseId.value()).orElseThrow(() -> CaseAccess.noCase(caseId));
  }
}
