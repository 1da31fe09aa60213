package org.prasan.statistics;

import org.prasan.system.Bilingual;

/** Prison terms as the US TIP report groups them (longest term of a conviction). */
public enum SentenceBand implements Code {
  NO_PRISON("รอการลงโทษหรือปรับเท่านั้น", "suspended or fine only"),
  UNDER_1_YEAR("จำคุกต่ำกว่า 1 ปี", "prison under 1 year"),
  FROM_1_TO_5_YEARS("จำคุก 1 ถึงต่ำกว่า 5 ปี", "prison 1 to under 5 years"),
  FROM_5_TO_10_YEARS("จำคุก 5 ถึงต่ำกว่า 10 ปี", "prison 5 to under 10 years"),
  TEN_YEARS_OR_MORE("จำคุก 10 ปีขึ้นไป", "prison 10 years or more"),
  NOT_RECORDED("ไม่ได้บันทึกโทษ", "sentence not recorded");

  private final Bilingual label;

  SentenceBand(String th, String en) {
    this.label = Bilingual.of(th, en);
  }

  @Override
  public Bilingual label() {
    return label;
  }

  static SentenceBand of(Integer months) {
    if (months == null) {
      return NOT_RECORDED;
    }
    if (months == 0) {
      return NO_PRISON;
    }
    if (months < 12) {
      return UNDER_1_YEAR;
    }
    if (months < 60) {
      return FROM_1_TO_5_YEARS;
    }
    return months < 120 ? FROM_5_TO_10_YEARS : TEN_YEARS_OR_MORE;
  }
}
