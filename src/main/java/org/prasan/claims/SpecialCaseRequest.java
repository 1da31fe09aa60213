package org.prasan.claims;

import java.time.Instant;

/** DSI's request that the Board take a case as a special case, and the Board's vote. */
public record SpecialCaseRequest(long id, String caseId, String grounds, String status,
                                 String processInstanceId, String previousLead,
                                 Integer boardMembers, Integer votesFor, Integer votesAgainst,
                                 Integer votesAbstained, String boardResolutionRef,
                                 String requestedBy, Instant requestedAt) {

  public static final String PENDING = "PENDING";
  public static final String ACCEPTED = "ACCEPTED";
  public static final String REJECTED = "REJECTED";
}
