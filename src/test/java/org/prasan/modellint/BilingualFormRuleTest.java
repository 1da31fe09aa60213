package org.prasan.modellint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prasan.modellint.LintFixtures.FORM;
import static org.prasan.modellint.LintFixtures.findings;
import static org.prasan.modellint.LintFixtures.form;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BilingualFormRuleTest {

  private final BilingualFormRule rule = new BilingualFormRule();

  private static ModelSource formWith(String components) {
    String json = "{\"id\": \"" + FORM + "\", \"type\": \"default\", \"components\": ["
        + components + "]}";
    return new ModelSource("forms/" + FORM + ".form", json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void acceptsThaiAndEnglishOnEveryText() {
    assertThat(findings(rule, formWith("""
        {"type": "text", "id": "Text_Heading",
         "text": "## พิจารณาสั่งคดี / Charging decision\\n\\nภายใน 7 วัน / Within 7 days."},
        {"type": "radio", "id": "Field_chargingDecision", "key": "chargingDecision",
         "label": "คำสั่ง / Decision",
         "description": "ระบุฐานความผิด / Offences and sections",
         "values": [{"label": "สั่งฟ้อง / Approve", "value": "APPROVE"}]},
        {"type": "datetime", "subtype": "datetime", "id": "Field_arrestedAt", "key": "arrestedAt",
         "dateLabel": "วันที่จับกุม / Arrested on", "timeLabel": "เวลา / Time"},
        {"type": "textfield", "id": "Field_caseId", "key": "caseId", "label": "=caseLabel"},
        {"type": "separator", "id": "Separator_1"}
        """))).isEmpty();
  }

  @Test
  void acceptsTheFixturesFormOfOneFieldPerKey() {
    assertThat(findings(rule, form(FORM, "chargingDecision"))).isEmpty();
  }

  @Test
  void reportsEachTextInOneLanguageOnly() {
    assertThat(findings(rule, formWith("""
        {"type": "text", "id": "Text_Heading", "text": "## พิจารณาสั่งคดี / Charging\\nOnly English"},
        {"type": "textarea", "id": "Field_reason", "key": "reason", "label": "เหตุผล",
         "description": "Why / Because"},
        {"type": "select", "id": "Field_agency", "key": "agency", "label": "หน่วยงาน / Agency",
         "values": [{"label": "TICAC / Thailand Internet Crimes Against Children",
                     "value": "rtp-ticac"}]}
        """))).containsExactly("ERROR ML12 Field_agency", "ERROR ML12 Field_reason",
        "ERROR ML12 Field_reason", "ERROR ML12 Text_Heading");
  }

  @Test
  void looksIntoGroups() {
    assertThat(findings(rule, formWith("""
        {"type": "group", "id": "Group_Victim", "label": "ผู้เสียหาย / Victim", "components": [
          {"type": "textfield", "id": "Field_name", "key": "name", "label": "Name"}]}
        """))).containsExactly("ERROR ML12 Field_name");
  }

  @Test
  void reportsADateTimeFieldThatWouldShowFormJsEnglishDefaults() {
    var found = LintFixtures.lint(rule, formWith("""
        {"type": "datetime", "subtype": "datetime", "id": "Field_decidedAt", "key": "decidedAt",
         "label": "วันที่มีมติ / Decided at"}
        """));

    assertThat(found).extracting(Finding::elementId)
        .containsExactly("Field_decidedAt", "Field_decidedAt");
    assertThat(found.get(0).message()).contains("has no dateLabel").contains("'Date'");
    assertThat(found.get(1).message()).contains("has no timeLabel").contains("'Time'");
  }

  @Test
  void namesTheTextAndWhoCannotReadIt() {
    var found = LintFixtures.lint(rule, formWith("""
        {"type": "radio", "id": "Field_verdict", "key": "verdict", "label": "คำพิพากษา / Verdict",
         "values": [{"label": "ยกฟ้อง", "value": "ACQUITTED"}]}
        """));

    assertThat(found).singleElement().satisfies(finding -> {
      assertThat(finding.message()).isEqualTo("The choice 'ยกฟ้อง' (value ACQUITTED) of the "
          + "field Field_verdict of form 'approve-charging' is not in Thai and English, so "
          + "English-speaking officers cannot read it.");
      assertThat(finding.fix()).contains("'ไทย / English'");
    });
  }
}
