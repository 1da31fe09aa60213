package org.prasan.statistics;

import org.prasan.system.Bilingual;

/** The words of the statistics' own keys. */
final class Labels {

  private Labels() {
  }

  static Bilingual sexAndAge(String key) {
    return switch (key) {
      case "WOMEN" -> Bilingual.of("ผู้หญิง (18 ปีขึ้นไป)", "women (18 or over)");
      case "GIRLS" -> Bilingual.of("เด็กหญิง (ต่ำกว่า 18 ปี)", "girls (under 18)");
      case "MEN" -> Bilingual.of("ผู้ชาย (18 ปีขึ้นไป)", "men (18 or over)");
      case "BOYS" -> Bilingual.of("เด็กชาย (ต่ำกว่า 18 ปี)", "boys (under 18)");
      default -> Bilingual.of(key, key);
    };
  }

  static Bilingual sex(String key) {
    return switch (key) {
      case "FEMALE" -> Bilingual.of("หญิง", "female");
      case "MALE" -> Bilingual.of("ชาย", "male");
      default -> Bilingual.of(key, key);
    };
  }

  static Bilingual ageBand(String key) {
    return switch (key) {
      case "UNDER_15" -> Bilingual.of("ต่ำกว่า 15 ปี", "under 15");
      case "15_TO_17" -> Bilingual.of("15 ถึง 17 ปี", "15 to 17");
      case "CHILD" -> Bilingual.of("เด็ก (ต่ำกว่า 18 ปี ไม่ได้แยกช่วงอายุ)",
          "children (under 18, band not split)");
      case "ADULT" -> Bilingual.of("ผู้ใหญ่ (18 ปีขึ้นไป)", "adults (18 or over)");
      default -> Bilingual.of(key, key);
    };
  }
}
