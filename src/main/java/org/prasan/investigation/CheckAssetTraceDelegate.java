package org.prasan.investigation;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.prasan.system.Bilingual;
import org.prasan.system.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * The rule of AMLO's answer, from its system or its officer's form alike: refused inside the
 * completion, so a bad answer stores nothing and the task stays open (400 naming the variable).
 */
@Component
public class CheckAssetTraceDelegate implements JavaDelegate {

  static final int SUMMARY_MIN = 10;
  static final int SUMMARY_MAX = 4000;

  @Override
  public void execute(DelegateExecution execution) {
    check(execution.getVariable(InvestigationProcess.VAR_ASSETS_TRACED),
        execution.getVariable(InvestigationProcess.VAR_ASSET_TRACE_SUMMARY));
  }

  static void check(Object traced, Object summary) {
    if (!(traced instanceof String value)
        || !List.of(InvestigationProcess.YES, InvestigationProcess.NO).contains(value)) {
      throw RuleViolationException.field(InvestigationProcess.VAR_ASSETS_TRACED, Bilingual.of(
          "ต้องเป็น YES หรือ NO (พบทรัพย์สินที่ยึดหรืออายัดได้หรือไม่)",
          "Must be YES or NO (whether assets to seize were traced)"));
    }
    String text = summary instanceof String words ? words.strip() : "";
    if (text.length() < SUMMARY_MIN || text.length() > SUMMARY_MAX) {
      throw RuleViolationException.field(InvestigationProcess.VAR_ASSET_TRACE_SUMMARY,
          Bilingual.of("ต้องสรุปผลการติดตามทรัพย์สิน " + SUMMARY_MIN + " ถึง " + SUMMARY_MAX
                  + " ตัวอักษร",
              "Must summarise the trace in " + SUMMARY_MIN + " to " + SUMMARY_MAX
                  + " characters"));
    }
  }
}
