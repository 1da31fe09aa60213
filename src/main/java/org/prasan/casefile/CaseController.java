package org.prasan.casefile;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A case as agencies see it: who leads, how it stands, what is still open. */
@RestController
@RequestMapping("/api/cases")
@Validated
public class CaseController {

  public static final String CASE_ID_PATTERN = "TIP-\\d{4}-\\d{6}";

  private final CaseViews views;
  private final CaseFileRepository cases;
  private final CaseParticipants participants;

  public CaseController(CaseViews views, CaseFileRepository cases,
                        CaseParticipants participants) {
    this.views = views;
    this.cases = cases;
    this.participants = participants;
  }

  @GetMapping(path = "/{caseId}", produces = "application/json")
  @Operation(summary = "A case: lead and supporting agencies, status, outcome and open tasks",
      description = "For coordinators and the agencies working on the case (403 otherwise). "
          + "openTasks lists the tasks the caller's groups may see.")
  public CaseView get(@PathVariable @Pattern(regexp = CASE_ID_PATTERN,
      message = "must look like TIP-2026-000123") String caseId, Authentication caller) {
    CaseFile file = cases.findById(caseId).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + caseId));
    if (!participants.worksOn(file, caller)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          caller.getName() + " does not work on case " + caseId);
    }
    // As the caller: the engine lists only the tasks their groups may see.
    return views.find(caseId).orElseThrow();
  }
}
