package org.prasan.screening;

import java.time.Instant;
import java.util.List;

/**
 * The one court-extension petition of an operation: everyone who cannot be screened before
 * their hold ends, each with their own end; raised {@code petition-before} the first of them.
 */
public record Petition(String petitionId, String operationId, String status, Instant raisedAt,
                       Instant firstHoldEndsAt, String courtOrderRef, Instant grantedUntil,
                       List<Person> people) {

  /** A person the petition is for, and the end of their hold when it was raised. */
  public record Person(String personRef, Instant holdEndsAt) {
  }
}
