package org.prasan.claims;

import org.prasan.system.Bilingual;

/**
 * The Board of Special Cases' vote on taking a case. A case becomes a special case by a
 * resolution of at least two thirds of the Board's existing members (not of those present).
 */
public record BoardVote(int members, int votesFor, int votesAgainst, int votesAbstained) {

  public boolean reachesTwoThirds() {
    return votesFor * 3 >= members * 2;
  }

  /** What is wrong with the counts as recorded against the resolution, or null when nothing. */
  public Bilingual problemWith(String resolution) {
    if (members < 1 || votesFor < 0 || votesAgainst < 0 || votesAbstained < 0) {
      return Bilingual.of("จำนวนเสียงติดลบไม่ได้ และคณะกรรมการมีกรรมการอย่างน้อยหนึ่งคน",
          "vote counts cannot be negative and the Board has at least one member");
    }
    int votes = votesFor + votesAgainst + votesAbstained;
    if (votes > members) {
      return Bilingual.of("จำนวนเสียง (" + votes + ") มากกว่าจำนวนกรรมการ (" + members + ")",
          "more votes (" + votes + ") than members (" + members + ")");
    }
    boolean accepted = DsiSpecialCaseProcess.ACCEPTED.equals(resolution);
    if (accepted && !reachesTwoThirds()) {
      return Bilingual.of(votesFor + " จาก " + members + " เสียงน้อยกว่าสองในสาม: ไม่รับเป็นคดีพิเศษ",
          votesFor + " of " + members + " members is less than two thirds: not accepted");
    }
    if (!accepted && reachesTwoThirds()) {
      return Bilingual.of(votesFor + " จาก " + members + " เสียงถึงสองในสามหรือมากกว่า: "
              + "รับเป็นคดีพิเศษ",
          votesFor + " of " + members + " members is two thirds or more: accepted");
    }
    return null;
  }
}
