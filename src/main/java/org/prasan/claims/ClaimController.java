package org.prasan.claims;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import org.prasan.agency.Actor;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.casefile.CaseId;
import org.prasan.system.Bilingual;
import org.prasan.system.InvalidFieldException;
import org.prasan.system.NotPermittedException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agencies claim the lead of a case. */
@RestController
@RequestMapping("/api/cases/{caseId}/claims")
public class ClaimController {

  private final ClaimService claims;
  private final AgencyRegistry agencies;

  public ClaimController(ClaimService claims, AgencyRegistry agencies) {
    this.claims = claims;
    this.agencies = agencies;
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Access(AccessRule.CASE_CLAIM)
  @Operation(summary = "Claim the lead of a case for your agency",
      description = "201 with the claim; 200 with the agency's claim already open. A claim on a "
          + "case without a lead waits for the coordinator's confirmation (or is granted at once "
          + "when the lead-agency decision proposes the agency and prasan.claims."
          + "grant-when-decision-agrees is on); a claim on a led case, or several claims, give "
          + "the coordinator one 'Resolve overlapping claim' task. 404 unknown case, 403 caller "
          + "not of the agency, 400 invalid body or DSI (DSI leads only by the Board of Special "
          + "Cases: special-case-requests), 409 closed case or agency already leading.")
  public ResponseEntity<ClaimResponse> claim(@PathVariable CaseId caseId,
                                             @Valid @RequestBody ClaimRequest request,
                                             Actor caller) {
    if (!agencies.isAgency(request.agency())
        || AgencyRegistry.COORDINATOR.equals(request.agency())) {
      throw new InvalidFieldException("agency", Bilingual.of(
          "'" + request.agency() + "' ไม่ใช่หน่วยงานที่เป็นหน่วยงานหลักของคดีได้",
          "'" + request.agency() + "' is not an agency that can lead a case"));
    }
    if (!caller.speaksFor(request.agency())) {
      throw new NotPermittedException(Bilingual.of(
          caller.userId() + " ไม่ใช่เจ้าหน้าที่ของ " + request.agency(),
          caller.userId() + " is not an officer of " + request.agency()));
    }
    ClaimService.ClaimTaken taken = claims.claim(caseId.value(), request.agency(),
        request.basis().strip(), caller.userId());
    ClaimResponse body = ClaimResponse.of(taken.claim());
    if (!taken.created()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/claims/"
        + body.claimId())).body(body);
  }

  /** What a caller learns of a claim. */
  public record ClaimResponse(long claimId, String caseId, String agency, String basis,
                              String status, String claimedBy, Instant claimedAt) {

    static ClaimResponse of(Claim claim) {
      return new ClaimResponse(claim.claimId(), claim.caseId(), claim.agency(), claim.basis(),
          claim.status().name(), claim.claimedBy(), claim.claimedAt());
    }
  }
}
