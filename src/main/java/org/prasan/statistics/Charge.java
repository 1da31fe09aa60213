package org.prasan.statistics;

import org.prasan.system.Bilingual;

/** The principal charge a prosecutor approves: the law the US TIP report asks cases under. */
public enum Charge implements Code {
  TRAFFICKING("ค้ามนุษย์ (พ.ร.บ.ป้องกันและปราบปรามการค้ามนุษย์ ม.6)",
      "trafficking in persons (Anti-TIP Act s.6)"),
  FORCED_LABOUR("บังคับใช้แรงงานหรือบริการ (ม.6/1)", "forced labour or services (s.6/1)"),
  MONEY_LAUNDERING("ฟอกเงิน (พ.ร.บ.ป้องกันและปราบปรามการฟอกเงิน)",
      "money laundering (AML Act)"),
  OTHER("ความผิดอื่นที่เกี่ยวข้อง", "other related offence");

  private final Bilingual label;

  Charge(String th, String en) {
    this.label = Bilingual.of(th, en);
  }

  @Override
  public Bilingual label() {
    return label;
  }
}
