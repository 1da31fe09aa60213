package org.prasan.claims;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.system.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Agencies claim the lead of a case. */
@RestController
@RequestMapping("/api/cases/{caseId}/claims")
@Validated
public class ClaimController {

  static final String CASE_ID_PATTERN = "TIP-\\d{4}-\\d{6}";

  private final ClaimService claims;
  private final CaseFileRepository cases;
  private final AgencyRegistry agencies;

  public ClaimController(ClaimService claims, CaseFileRepository cases, AgencyRegistry agencies) {
    this.claims = claims;
    this.cases = cases;
    this.agencies = agencies;
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Operation(summary = "Claim the lead of a case for your agency",
      description = "201 with the claim; 200 with the agency's claim already open. A claim on a "
          + "case without a lead waits for the coordinator's confirmation (or is granted at once "
          + "when the lead-agency decision proposes the agency and prasan.claims."
          + "grant-when-decision-agrees is on); a claim on a led case, or several claims, give "
          + "the coordinator one 'Resolve overlapping claim' task. 404 unknown case, 403 caller "
          + "not of the agency, 400 invalid body, 409 closed case or agency already leading.")
  public ResponseEntity<ClaimResponse> claim(
      @PathVariable @Pattern(regexp = CASE_ID_PATTERN, message = "must look like TIP-2026-000123")
      String caseId,
      @Valid @RequestBody ClaimRequest request, Authentication caller) {
    if (cases.findById(caseId).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + caseId);
    }
    if (!agencies.isAgency(request.agency())
        || AgencyRegistry.COORDINATOR.equals(request.agency())) {
      throw new UnknownAgencyException(request.agency());
    }
    CallerAgencies.requireOfficerOf(caller, request.agency());
    ClaimService.ClaimTaken taken = claims.claim(caseId, request.agency(),
        request.basis().strip(), caller.getName());
    ClaimResponse body = ClaimResponse.of(taken.claim());
    if (!taken.created()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/claims/"
        + body.claimId())).body(body);
  }

  @ExceptionHandler(UnknownAgencyException.class)
  ProblemDetail unknownAgency(UnknownAgencyException exception) {
    return ApiProblems.badRequest("The request has invalid fields", List.of(
        new ApiProblems.FieldProblem("agency", "'" + exception.getMessage()
            + "' is not an agency that can lead a case")));
  }

  /** What a caller learns of a claim. */
  public record ClaimResponse(long claimId, String caseId, String agency, String basis,
                              String status, String claimedBy, Instant claimedAt) {

    static ClaimResponse of(Claim claim) {
      return new ClaimResponse(claim.claimId(), claim.caseId(), claim.agency(), claim.basis(),
          claim.status().name(), claim.claimedBy(), claim.claimedAt());
    }
  }

  static class UnknownAgencyException extends RuntimeException {
    UnknownAgencyException(String agency) {
      super(agency);
    }
  }
}
