package org.prasan.claims;

/**
 * The Board of Special Cases' vote on taking a case. A case becomes a special case by a
 * resolution of at least two thirds of the Board's existing members (not of those present).
 */
public record BoardVote(int members, int votesFor, int votesAgainst, int votesAbstained) {

  public boolean reachesTwoThirds() {
    return votesFor * 3 >= members * 2;
  }

  /** What is wrong with the counts as recorded against the resolution, or null when nothing. */
  public String problemWith(String resolution) {
    if (members < 1 || votesFor < 0 || votesAgainst < 0 || votesAbstained < 0) {
      return "vote counts cannot be negative and the Board has at least one member";
    }
    if (votesFor + votesAgainst + votesAbstained > members) {
      return "more votes (" + (votesFor + votesAgainst + votesAbstained) + ") than members ("
          + members + ")";
    }
    boolean accepted = DsiSpecialCaseProcess.ACCEPTED.equals(resolution);
    if (accepted && !reachesTwoThirds()) {
      return votesFor + " of " + members + " members is less than two thirds: not accepted";
    }
    if (!accepted && reachesTwoThirds()) {
      return votesFor + " of " + members + " members is two thirds or more: accepted";
    }
    return null;
  }
}
