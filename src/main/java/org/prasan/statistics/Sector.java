package org.prasan.statistics;

import org.prasan.system.Bilingual;

/**
 * Where victims were exploited, as Thailand's country report groups them; each with its
 * HTCDS labour type and ISIC v4 section (HTCDS {@code vic_LabourIndustry}).
 */
public enum Sector implements Code {
  FISHING("ประมง", "fishing", "Other", "A_AgricultureForestryAndFishing"),
  AGRICULTURE("เกษตรกรรม", "agriculture", "Agriculture", "A_AgricultureForestryAndFishing"),
  DOMESTIC_WORK("งานบ้าน", "domestic work", "DomesticWork",
      "T_ActivitiesOfHouseholdsAsEmployers"),
  ONLINE_FRAUD("ฉ้อโกงออนไลน์ (แก๊งคอลเซ็นเตอร์)", "online fraud (scam centres)",
      "IllicitActivities", "J_InformationAndCommunication"),
  MANUFACTURING("อุตสาหกรรมการผลิต", "manufacturing", "Manufacturing", "C_Manufacturing"),
  CONSTRUCTION("ก่อสร้าง", "construction", "Construction", "F_Construction"),
  ENTERTAINMENT("สถานบันเทิงและบริการ", "entertainment and hospitality", "Hospitality",
      "I_AccommodationAndFoodServiceActivities"),
  OTHER("อื่น ๆ", "other", "Other", "");

  private final Bilingual label;
  private final String htcdsLabourType;
  private final String isic;

  Sector(String th, String en, String htcdsLabourType, String isic) {
    this.label = Bilingual.of(th, en);
    this.htcdsLabourType = htcdsLabourType;
    this.isic = isic;
  }

  @Override
  public Bilingual label() {
    return label;
  }

  public String htcdsLabourType() {
    return htcdsLabourType;
  }

  public String isic() {
    return isic;
  }
}
