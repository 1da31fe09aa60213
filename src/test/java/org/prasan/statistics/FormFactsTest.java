package org.prasan.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prasan.system.FieldProblem;
import org.prasan.system.RuleViolationException;

/** The facts each form must record for the statistics, checked without an engine. */
class FormFactsTest {

  private static Map<String, Object> victims() {
    Map<String, Object> form = new HashMap<>(Map.of("identificationOutcome", "VICTIMS_IDENTIFIED",
        "identifiedVictimCount", 5L, "victimAgeBand", "MIXED", "victimsWomen", 2L,
        "victimsGirls", 1L, "victimsMen", 1L, "victimsBoys", 1L, "victimNationality", "MM",
        "exploitationForm", "LABOUR", "exploitationSector", "FISHING"));
    return form;
  }

  private static String[] refusedFields(Map<String, Object> form,
                                        java.util.function.Consumer<Map<String, Object>> read) {
    try {
      read.accept(form);
    } catch (RuleViolationException refused) {
      assertThat(refused.detail().th()).isNotBlank();
      return refused.fields().stream().map(FieldProblem::field).toArray(String[]::new);
    }
    throw new AssertionError("not refused: " + form);
  }

  @Test
  void aGroupOfVictimsIsRecordedBySexAgeNationalityExploitationAndSector() {
    FormFacts.VictimGroup group = FormFacts.victims(victims()::get);

    assertThat(group.total()).isEqualTo(5);
    assertThat(group.exploitation()).isEqualTo(Exploitation.LABOUR);
    assertThat(group.sector()).isEqualTo(Sector.FISHING);
    assertThat(group.nationality()).isEqualTo("MM");
  }

  @Test
  void noVictimIdentifiedRecordsNoGroup() {
    assertThat(FormFacts.victims(Map.<String, Object>of("identificationOutcome",
        "NO_VICTIM_IDENTIFIED")::get)).isNull();
  }

  @Test
  void victimsBySexMustAddUpToTheVictimsIdentified() {
    Map<String, Object> form = victims();
    form.put("victimsBoys", 3L);
    assertThat(refusedFields(form, f -> FormFacts.victims(f::get))).containsExactly(
        "victimsWomen");
  }

  @Test
  void childrenCannotBeInAnAdultGroup() {
    Map<String, Object> form = victims();
    form.put("victimAgeBand", "ADULT");
    assertThat(refusedFields(form, f -> FormFacts.victims(f::get))).containsExactly(
        "victimAgeBand");
  }

  @Test
  void everyMissingOrUnknownFactIsNamedAtOnce() {
    Map<String, Object> form = victims();
    form.remove("victimsMen");
    form.put("victimNationality", "Burmese");
    form.put("exploitationForm", "SLAVERY");
    form.put("exploitationSector", "");
    assertThat(refusedFields(form, f -> FormFacts.victims(f::get))).containsExactlyInAnyOrder(
        "victimsMen", "victimNationality", "exploitationForm", "exploitationSector");
  }

  @Test
  void suspectsNeedOneSuspectAndNoMoreOfficialsThanSuspects() {
    Map<String, Object> none = new HashMap<>(Map.of("suspectsMale", 0L, "suspectsFemale", 0L,
        "suspectNationality", "TH", "officialsSuspected", 0L));
    assertThat(refusedFields(none, f -> FormFacts.suspects(f::get))).containsExactly(
        "suspectsMale");
    Map<String, Object> officials = new HashMap<>(none);
    officials.put("suspectsMale", 2L);
    officials.put("officialsSuspected", 3L);
    assertThat(refusedFields(officials, f -> FormFacts.suspects(f::get))).containsExactly(
        "officialsSuspected");
    officials.put("officialsSuspected", 1L);
    assertThat(FormFacts.suspects(officials::get).officials()).isEqualTo(1);
  }

  @Test
  void anApprovalNamesItsPrincipalChargeAndAReturnNeedsNone() {
    assertThat(refusedFields(Map.of("chargingDecision", "APPROVE"),
        f -> FormFacts.charging(f::get))).containsExactly("principalCharge");
    assertThat(FormFacts.charging(Map.<String, Object>of("chargingDecision",
        "RETURN_FOR_EVIDENCE")::get).charge()).isNull();
  }

  @Test
  void aConvictionNeedsItsSentenceAndAnAwardItsAmount() {
    Map<String, Object> form = new HashMap<>(Map.of("verdict", "CONVICTED",
        "judgmentAt", "2026-03-01T10:00+07:00", "compensationAwarded", "YES"));
    assertThat(refusedFields(form, f -> FormFacts.judgment(f::get))).containsExactlyInAnyOrder(
        "sentenceMonths", "compensationAmountAwarded");
    form.put("sentenceMonths", 48L);
    form.put("compensationAmountAwarded", 150000.5);
    FormFacts.Judgment judgment = FormFacts.judgment(form::get);
    assertThat(judgment.sentenceMonths()).isEqualTo(48);
    assertThat(judgment.awarded()).isEqualByComparingTo(new BigDecimal("150000.5"));
  }

  @Test
  void anAcquittalHasNoSentence() {
    assertThat(FormFacts.judgment(Map.<String, Object>of("verdict", "ACQUITTED",
        "judgmentAt", "2026-03-01T10:00+07:00", "compensationAwarded", "NO")::get)
        .sentenceMonths()).isNull();
  }

  @Test
  void amountsAreBahtFromZeroToABillion() {
    assertThat(refusedFields(Map.of("seizedAt", "2026-03-01T10:00+07:00",
        "seizedAssetValue", -5L), f -> FormFacts.seizure(f::get))).containsExactly(
        "seizedAssetValue");
    assertThat(refusedFields(Map.of("seizedAt", "yesterday", "seizedAssetValue", 2e9),
        f -> FormFacts.seizure(f::get))).containsExactlyInAnyOrder("seizedAt",
        "seizedAssetValue");
  }
}
