package org.prasan.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Function;
import org.prasan.system.Bilingual;

/**
 * What each form records for the statistics, read and checked on the server: a form's own
 * {@code required} is a convenience, this is the rule. Every method refuses with a
 * {@link org.prasan.system.RuleViolationException} naming each wrong field.
 */
final class FormFacts {

  static final int MAX_PEOPLE = 10_000;
  /** Sentences in months: up to life (recorded as 1200). */
  static final int MAX_SENTENCE_MONTHS = 1200;

  static final String AGE_UNDER_15 = "UNDER_15";
  static final String AGE_15_TO_17 = "15_TO_17";
  static final String AGE_ADULT = "ADULT";
  static final String AGE_MIXED = "MIXED";

  private FormFacts() {
  }

  /** Submit case file: who is suspected. */
  record Suspects(int male, int female, String nationality, int officials) {
  }

  /** Identify victims: the group the MDT identified; null when none was. */
  record VictimGroup(int women, int girls, int men, int boys, String ageBand,
                     String nationality, Exploitation exploitation, Sector sector) {
    int total() {
      return women + girls + men + boys;
    }
  }

  record Charging(String decision, Charge charge) {
  }

  record Judgment(String verdict, Instant at, Integer sentenceMonths, BigDecimal awarded) {
    boolean convicted() {
      return !"ACQUITTED".equals(verdict);
    }
  }

  record Seizure(Instant at, BigDecimal value) {
  }

  static Suspects suspects(Function<String, Object> variables) {
    FieldReader form = new FieldReader(variables);
    Integer male = form.count("suspectsMale", 0, MAX_PEOPLE);
    Integer female = form.count("suspectsFemale", 0, MAX_PEOPLE);
    String nationality = form.nationality("suspectNationality");
    Integer officials = form.count("officialsSuspected", 0, MAX_PEOPLE);
    if (male != null && female != null) {
      if (male + female == 0) {
        form.fail("suspectsMale", Bilingual.of("ต้องมีผู้ต้องหาอย่างน้อยหนึ่งคน",
            "a case file names at least one suspect"));
      } else if (officials != null && officials > male + female) {
        form.fail("officialsSuspected", Bilingual.of(
            "มากกว่าจำนวนผู้ต้องหาทั้งหมด (" + (male + female) + ")",
            "is more than the suspects in all (" + (male + female) + ")"));
      }
    }
    form.check();
    return new Suspects(male, female, nationality, officials);
  }

  static Charging charging(Function<String, Object> variables) {
    FieldReader form = new FieldReader(variables);
    String decision = form.choice("chargingDecision", "APPROVE", "RETURN_FOR_EVIDENCE",
        "NOT_PROSECUTE");
    Charge charge = "APPROVE".equals(decision) ? form.code(Charge.class, "principalCharge")
        : null;
    form.check();
    return new Charging(decision, charge);
  }

  static VictimGroup victims(Function<String, Object> variables) {
    FieldReader form = new FieldReader(variables);
    String outcome = form.choice("identificationOutcome", "VICTIMS_IDENTIFIED",
        "NO_VICTIM_IDENTIFIED");
    if (!"VICTIMS_IDENTIFIED".equals(outcome)) {
      form.check();
      return null;
    }
    Integer identified = form.count("identifiedVictimCount", 1, MAX_PEOPLE);
    Integer women = form.count("victimsWomen", 0, MAX_PEOPLE);
    Integer girls = form.count("victimsGirls", 0, MAX_PEOPLE);
    Integer men = form.count("victimsMen", 0, MAX_PEOPLE);
    Integer boys = form.count("victimsBoys", 0, MAX_PEOPLE);
    String band = form.choice("victimAgeBand", AGE_UNDER_15, AGE_15_TO_17, AGE_ADULT, AGE_MIXED);
    String nationality = form.nationality("victimNationality");
    Exploitation exploitation = form.code(Exploitation.class, "exploitationForm");
    Sector sector = form.code(Sector.class, "exploitationSector");
    if (!form.hasProblems()) {
      int sum = women + girls + men + boys;
      if (sum != identified) {
        form.fail("victimsWomen", Bilingual.of(
            "หญิง เด็กหญิง ชาย และเด็กชาย รวมกันได้ " + sum + " คน ไม่ตรงกับจำนวนผู้เสียหาย "
                + identified + " คน",
            "women, girls, men and boys add up to " + sum + ", not the " + identified
                + " victims identified"));
      } else if (AGE_ADULT.equals(band) && girls + boys > 0) {
        form.fail("victimAgeBand", Bilingual.of("มีเด็กในกลุ่ม: ใช้ 'หลายช่วงอายุ' หรือช่วงอายุเด็ก",
            "the group has children: choose Mixed or a child's band"));
      } else if (!AGE_ADULT.equals(band) && !AGE_MIXED.equals(band) && women + men > 0) {
        form.fail("victimAgeBand", Bilingual.of("มีผู้ใหญ่ในกลุ่ม: ใช้ 'หลายช่วงอายุ' หรือ 'ผู้ใหญ่'",
            "the group has adults: choose Mixed or Adult"));
      }
    }
    form.check();
    return new VictimGroup(women, girls, men, boys, band, nationality, exploitation, sector);
  }

  static Judgment judgment(Function<String, Object> variables) {
    FieldReader form = new FieldReader(variables);
    String verdict = form.choice("verdict", "CONVICTED", "PARTLY_CONVICTED", "ACQUITTED");
    Instant at = form.instant("judgmentAt");
    Integer sentence = verdict != null && !"ACQUITTED".equals(verdict)
        ? form.count("sentenceMonths", 0, MAX_SENTENCE_MONTHS) : null;
    String awardedFlag = form.choice("compensationAwarded", "YES", "NO");
    BigDecimal awarded = "YES".equals(awardedFlag)
        ? form.amount("compensationAmountAwarded") : null;
    form.check();
    return new Judgment(verdict, at, sentence, awarded);
  }

  static Seizure seizure(Function<String, Object> variables) {
    FieldReader form = new FieldReader(variables);
    Instant at = form.instant("seizedAt");
    BigDecimal value = form.amount("seizedAssetValue");
    form.check();
    return new Seizure(at, value);
  }

  static Instant indictment(Function<String, Object> variables) {
    FieldReader form = new FieldReader(variables);
    Instant at = form.instant("indictmentFiledAt");
    form.check();
    return at;
  }

  static BigDecimal amount(Function<String, Object> variables, String name) {
    FieldReader form = new FieldReader(variables);
    BigDecimal amount = form.amount(name);
    form.check();
    return amount;
  }

  static String seizureDecision(Function<String, Object> variables) {
    FieldReader form = new FieldReader(variables);
    String decision = form.choice("seizedAssetsDecision", "FORFEITURE_PETITION", "RELEASE");
    form.check();
    return decision;
  }
}
