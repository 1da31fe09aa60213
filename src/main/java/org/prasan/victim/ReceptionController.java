package org.prasan.victim;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.prasan.agency.Actor;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.casefile.CaseId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Persons received into care under Anti-TIP Act s.29: the hold counts from the reception. */
@RestController
public class ReceptionController {

  private final Receptions receptions;

  public ReceptionController(Receptions receptions) {
    this.receptions = receptions;
  }

  @PostMapping(path = "/api/cases/{caseId}/receptions", consumes = "application/json")
  @Access(AccessRule.CASE_AGENCY)
  @Operation(summary = "Record persons received into care for identification (s.29)",
      description = "By an officer of an agency working on the case, for that agency. The "
          + "24-hour screening hold starts at receivedIntoCareAt and the screening task opens "
          + "at once, before triage or the lead decision if need be. 202; 400 invalid fields, a "
          + "reception in the future, or one recorded more than the configured time after it "
          + "without lateRecordingReason (with it: accepted and recorded as a breach); 403 "
          + "another agency; 404 unknown case; 409 closed case.")
  public ResponseEntity<Void> record(@PathVariable CaseId caseId,
                                     @Valid @RequestBody ReceptionRequest reception,
                                     Actor caller) {
    receptions.record(caseId.value(), reception, caller);
    return ResponseEntity.accepted().build();
  }
}
