package org.prasan.claims;

/** A coordinator's decision on one or more claims of a case, open until decided. */
public record ClaimResolution(long id, String caseId, Kind kind, String processInstanceId,
                              String previousLead, String leadAgency, String supportingAgencies,
                              String reason, String decidedBy, boolean open) {

  /** How the resolution came about. */
  public enum Kind {
    /** One claim on a case without a lead: the coordinator confirms or declines. */
    CONFIRMATION,
    /** Several claims, or a claim on a led case: the coordinator decides between them. */
    OVERLAP,
    /** Granted at once because lead-agency.dmn proposes the claimant (configurable). */
    AUTOMATIC
  }
}
