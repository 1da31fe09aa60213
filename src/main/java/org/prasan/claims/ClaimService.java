package org.prasan.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.JointCaseProcess;
import org.prasan.casefile.LockedCase;
import org.prasan.intake.Indicator;
import org.prasan.system.Bilingual;
import org.prasan.system.ConflictException;
import org.prasan.system.EngineAccess;
import org.prasan.system.InvalidFieldException;
import org.prasan.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes agencies' claims to lead a case. Every claim of a case is handled under a lock on the
 * case row, so however many arrive together, the first one decides whether a confirmation or a
 * resolution is needed and every later one joins it: one coordinator task per case at a time.
 */
@Service
public class ClaimService {

  static final String DECIDED_BY_DECISION = "lead-agency decision";
  /** The claim body's field naming the claiming agency. */
  static final String FIELD_AGENCY = "agency";

  private final ClaimRepository claims;
  private final CaseFileRepository cases;
  private final ClaimDecisions decisions;
  private final RuntimeService runtimeService;
  private final DecisionService decisionService;
  private final ClaimsProperties properties;
  private final TransactionTemplate transaction;
  private final EngineAccess engine;

  public ClaimService(ClaimRepository claims, CaseFileRepository cases, ClaimDecisions decisions,
                      RuntimeService runtimeService, DecisionService decisionService,
                      ClaimsProperties properties, TransactionTemplate transaction,
                      EngineAccess engine) {
    this.claims = claims;
    this.cases = cases;
    this.decisions = decisions;
    this.runtimeService = runtimeService;
    this.decisionService = decisionService;
    this.properties = properties;
    this.transaction = transaction;
    this.engine = engine;
  }

  /** The claim, and whether it is new (an agency's repeated open claim is answered as is). */
  public ClaimTaken claim(String caseId, String agency, String basis, String officer) {
    return transaction.execute(status -> {
      LockedCase locked = cases.lock(caseId).orElseThrow(() ->
          new NotFoundException(Bilingual.of("ไม่พบคดี " + caseId, "No case " + caseId)));
      if (!locked.isOpen()) {
        throw new ConflictException(Bilingual.of("คดี " + caseId + " ปิดแล้ว",
            "Case " + caseId + " is closed"));
      }
      var repeated = claims.findOpenClaim(caseId, agency);
      if (repeated.isPresent()) {
        return new ClaimTaken(repeated.get(), false);
      }
      if (agency.equals(locked.leadAgency())) {
        throw new ConflictException(Bilingual.of(
            agency + " เป็นหน่วยงานหลักของคดี " + caseId + " อยู่แล้ว",
            agency + " already leads case " + caseId));
      }
      if (JointCaseProcess.DSI.equals(agency)) {
        // Only the Board of Special Cases makes a case DSI's; a claim would ask a coordinator.
        throw new InvalidFieldException(FIELD_AGENCY, ClaimDecisions.DSI_ONLY_BY_THE_BOARD);
      }
      long claimId = claims.insertClaim(caseId, agency, basis, officer, ClaimStatus.PENDING);
      route(locked, claimId, agency);
      return new ClaimTaken(claims.findClaim(claimId).orElseThrow(), true);
    });
  }

  private void route(LockedCase locked, long claimId, String agency) {
    var open = claims.findOpenResolution(locked.caseId());
    if (open.isPresent()) {
      join(open.get(), claimId);
    } else if (locked.leadAgency() != null) {
      startResolution(locked, claimId);
    } else if (properties.grantWhenDecisionAgrees() && decisionProposes(locked, agency)) {
      grantAtOnce(locked, claimId, agency);
    } else {
      startConfirmation(locked, claimId, agency);
    }
  }

  /** A later claim joins the open resolution; a pending confirmation becomes a resolution. */
  private void join(ClaimResolution resolution, long claimId) {
    claims.attach(claimId, resolution.id(), ClaimStatus.UNDER_RESOLUTION);
    String openClaims = describe(claims.claimsOf(resolution.id()));
    if (resolution.kind() == ClaimResolution.Kind.CONFIRMATION) {
      claims.changeKind(resolution.id(), ClaimResolution.Kind.OVERLAP);
      claims.setClaimStatusOfResolution(resolution.id(), ClaimStatus.UNDER_RESOLUTION);
      engine.asSystem(() -> runtimeService
          .createMessageCorrelation(ClaimResolutionProcess.MESSAGE_CLAIM_ADDED)
          .processInstanceId(resolution.processInstanceId())
          .setVariable(ClaimResolutionProcess.VAR_OPEN_CLAIMS, openClaims)
          .correlate());
    } else {
      engine.asSystem(() -> runtimeService.setVariable(resolution.processInstanceId(),
          ClaimResolutionProcess.VAR_OPEN_CLAIMS, openClaims));
    }
  }

  private void startResolution(LockedCase locked, long claimId) {
    long resolutionId = claims.insertResolution(locked.caseId(), ClaimResolution.Kind.OVERLAP,
        locked.leadAgency());
    claims.attach(claimId, resolutionId, ClaimStatus.UNDER_RESOLUTION);
    Map<String, Object> variables = variables(locked, resolutionId);
    variables.put(ClaimResolutionProcess.VAR_CLAIM_LEAD_AGENCY, locked.leadAgency());
    start(ClaimResolutionProcess.MESSAGE_CLAIMS_OVERLAP, locked.caseId(), resolutionId,
        variables);
  }

  private void startConfirmation(LockedCase locked, long claimId, String agency) {
    long resolutionId = claims.insertResolution(locked.caseId(),
        ClaimResolution.Kind.CONFIRMATION, null);
    claims.attach(claimId, resolutionId, ClaimStatus.PENDING);
    Map<String, Object> variables = variables(locked, resolutionId);
    variables.put(ClaimResolutionProcess.VAR_CLAIMANT_AGENCY, agency);
    variables.put(ClaimResolutionProcess.VAR_CLAIM_LEAD_AGENCY, agency);
    start(ClaimResolutionProcess.MESSAGE_LEAD_CLAIMED, locked.caseId(), resolutionId, variables);
  }

  private void grantAtOnce(LockedCase locked, long claimId, String agency) {
    long resolutionId = claims.insertResolution(locked.caseId(), ClaimResolution.Kind.AUTOMATIC,
        null);
    claims.attach(claimId, resolutionId, ClaimStatus.PENDING);
    // As a delegate would run it: the hand-over steers the case's processes and tasks.
    engine.asSystem(() -> decisions.decide(resolutionId, agency, List.of(),
        "lead-agency.dmn proposes " + agency + " for the case's indicators",
        DECIDED_BY_DECISION));
  }

  private Map<String, Object> variables(LockedCase locked, long resolutionId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ClaimResolutionProcess.VAR_CASE_ID, locked.caseId());
    variables.put(ClaimResolutionProcess.VAR_CLAIM_RESOLUTION_ID, resolutionId);
    variables.put(ClaimResolutionProcess.VAR_CURRENT_LEAD_AGENCY,
        locked.leadAgency() == null ? "" : locked.leadAgency());
    variables.put(ClaimResolutionProcess.VAR_OPEN_CLAIMS, describe(claims.claimsOf(resolutionId)));
    return variables;
  }

  private void start(String message, String caseId, long resolutionId,
                     Map<String, Object> variables) {
    String processInstanceId = engine.asSystem(() -> runtimeService
        .startProcessInstanceByMessage(message, caseId, variables).getId());
    claims.attachProcessInstance(resolutionId, processInstanceId);
  }

  /** What lead-agency.dmn proposes for the case's indicators as they stand now. */
  private boolean decisionProposes(LockedCase locked, String agency) {
    if (locked.processInstanceId() == null) {
      return false;
    }
    List<String> indicators = new ArrayList<>();
    for (Indicator indicator : Indicator.values()) {
      indicators.add(indicator.variableName());
    }
    Object proposed = engine.asSystem(() -> proposedLead(locked.processInstanceId(), indicators));
    return agency.equals(proposed);
  }

  private Object proposedLead(String processInstanceId, List<String> indicators) {
    Map<String, Object> variables = runtimeService.getVariables(processInstanceId, indicators);
    return decisionService
        .evaluateDecisionTableByKey(JointCaseProcess.DECISION_LEAD_AGENCY)
        .variables(variables)
        .evaluate()
        .getSingleResult()
        .getEntry(JointCaseProcess.VAR_PROPOSED_LEAD_AGENCY);
  }

  static String describe(List<Claim> claims) {
    return claims.stream()
        .map(claim -> claim.agency() + " (" + claim.claimedBy() + ", " + claim.claimedAt()
            + "): " + claim.basis())
        .collect(Collectors.joining("\n"));
  }

  /** A claim as stored, and whether this request created it. */
  public record ClaimTaken(Claim claim, boolean created) {
  }
}
