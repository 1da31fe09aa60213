package org.prasan.casefile;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
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

  public CaseController(CaseViews views) {
    this.views = views;
  }

  @GetMapping(path = "/{caseId}", produces = "application/json")
  @Operation(summary = "A case: lead and supporting agencies, status, outcome and open tasks")
  public CaseView get(@PathVariable @Pattern(regexp = CASE_ID_PATTERN,
      message = "must look like TIP-2026-000123") String caseId) {
    return views.find(caseId).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + caseId));
  }
}
