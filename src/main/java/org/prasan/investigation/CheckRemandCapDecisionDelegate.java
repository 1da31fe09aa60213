package org.prasan.investigation;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.prasan.system.Bilingual;
import org.prasan.system.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * The remand-cap review is a decision, not a note (issue 16, item 11): charge now on the file
 * at hand, release the suspect, or something else with its reason written down. The form's
 * radio and its conditional field can be skipped by any client of the engine's REST API; this
 * listener cannot, so the task stays open and the refusal names the field.
 */
@Component
public class CheckRemandCapDecisionDelegate implements TaskListener {

  static final Set<String> DECISIONS = Set.of(RemandCustodyProcess.CHARGE_NOW,
      RemandCustodyProcess.RELEASE, RemandCustodyProcess.OTHER);

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(RemandCustodyProcess.VAR_REMAND_CAP_DECISION);
    if (!(decision instanceof String chosen) || !DECISIONS.contains(chosen)) {
      throw RuleViolationException.field(RemandCustodyProcess.VAR_REMAND_CAP_DECISION,
          Bilingual.of("เลือกการตัดสินใจก่อนครบกำหนดฝากขัง: ฟ้องตามสำนวนที่มีอยู่ ปล่อยผู้ต้องหา "
                  + "หรืออื่น ๆ (ป.วิ.อ. มาตรา 87)",
              "choose the decision before the remand cap: charge now, release, or other "
                  + "(CPC s.87)"));
    }
    Object reason = task.getVariable(RemandCustodyProcess.VAR_REMAND_CAP_OTHER_REASON);
    if (RemandCustodyProcess.OTHER.equals(decision)
        && (reason == null || reason.toString().isBlank())) {
      throw RuleViolationException.field(RemandCustodyProcess.VAR_REMAND_CAP_OTHER_REASON,
          Bilingual.of("เมื่อเลือก \"อื่น ๆ\" ต้องระบุสิ่งที่จะดำเนินการและเหตุผล "
                  + "ก่อนครบกำหนดฝากขัง",
              "with \"other\", write what will be done before the remand cap and why"));
    }
  }
}
