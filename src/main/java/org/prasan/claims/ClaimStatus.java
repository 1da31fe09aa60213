package org.prasan.claims;

/** Where an agency's claim to lead a case stands. */
public enum ClaimStatus {
  /** A claim on a case without a lead, waiting for the coordinator's confirmation. */
  PENDING,
  /** One of several claims (or a claim on a led case) before the coordinator's decision. */
  UNDER_RESOLUTION,
  GRANTED,
  /** Another agency leads; the claimant supports. */
  SUPPORTING,
  DECLINED;

  public boolean isOpen() {
    return this == PENDING || this == UNDER_RESOLUTION;
  }
}
