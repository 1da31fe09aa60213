package org.prasan.deconfliction;

/** Two open cases that share identifiers, and what the review decided. */
public record Overlap(long id, String caseId, String otherCaseId, String matchedIdentifiers,
                      Status status, String processInstanceId, String survivingCaseId,
                      String reason) {

  /** Where the review of an overlap stands. */
  public enum Status {
    OPEN,
    LINKED,
    MERGED,
    DISMISSED
  }

  static String pairKey(String oneCase, String otherCase) {
    return oneCase.compareTo(otherCase) < 0
        ? oneCase + ":" + otherCase : otherCase + ":" + oneCase;
  }

  public String otherThan(String caseIdOfPair) {
    return caseId.equals(caseIdOfPair) ? otherCaseId : caseId;
  }
}
