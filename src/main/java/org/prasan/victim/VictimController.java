package org.prasan.victim;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.prasan.agency.Actor;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.casefile.CaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The victim vault's API: identities in, pseudonymous references out. */
@RestController
public class VictimController {

  private static final Logger LOG = LoggerFactory.getLogger(VictimController.class);

  private final VictimVault vault;

  public VictimController(VictimVault vault) {
    this.vault = vault;
  }

  @PostMapping(path = "/api/cases/{caseId}/victims", consumes = "application/json",
      produces = "application/json")
  @Access(AccessRule.CASE_VICTIMS)
  @Operation(summary = "Record a victim's identity in the vault",
      description = "By msdhs, mdt, oag-tip or the case's lead agency. 201 with the victim's "
          + "pseudonymous victimRef, which is all the process learns (with the age band and "
          + "the child and foreign flags). 404 unknown case (or one the caller may not see), "
          + "403 another of the case's agencies or a coordinator, 409 closed case, 400 invalid "
          + "fields. Audited, refusals too.")
  public ResponseEntity<Map<String, String>> record(
      @PathVariable CaseId caseId,
      @Valid @RequestBody VictimIdentityRequest request, Actor caller) {
    String victimRef = vault.record(caseId.value(), request, caller.userId());
    return ResponseEntity.created(URI.create("/api/victims/" + victimRef))
        .cacheControl(CacheControl.noStore())
        .body(Map.of("victimRef", victimRef));
  }

  @GetMapping(path = "/api/victims/{victimRef}", produces = "application/json")
  @Access(AccessRule.CASE_VICTIMS)
  @Operation(summary = "Read a victim's identity",
      description = "Only for msdhs, mdt, oag-tip and the case's lead agency; 403 for the "
          + "case's other agencies and coordinators, 404 for everyone else (administrators "
          + "included), as for an unknown victim. Audited, refusals too.")
  public ResponseEntity<VictimIdentity> read(
      @PathVariable String victimRef, Actor caller) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(vault.read(victimRef, caller.userId()));
  }

  @ExceptionHandler(VaultIntegrityException.class)
  ProblemDetail damaged(VaultIntegrityException damaged) {
    LOG.error("Victim vault: {}", damaged.getMessage());
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    problem.setTitle("The vault record cannot be read");
    problem.setDetail("It was changed, or its key is not loaded; an administrator must check "
        + "the vault's keys");
    return problem;
  }

  @PostMapping(path = "/api/vault/rekey", produces = "application/json")
  @Access(AccessRule.ADMINISTRATORS)
  @Operation(summary = "Re-encrypt every vault record under the active key (after a rotation)",
      description = "For administrators; they never see an identity. Answers how many moved: "
          + "rekeyed (all), victims, screeningPeople (a screening list's sealed rows).")
  public Map<String, Integer> rekey(Actor caller) {
    return vault.rekey(caller.userId());
  }
}
