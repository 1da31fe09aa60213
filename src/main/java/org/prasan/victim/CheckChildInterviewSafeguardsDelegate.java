package org.prasan.victim;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.prasan.system.Bilingual;
import org.prasan.system.FieldProblem;
import org.prasan.system.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete the s.133 bis questioning unless every safeguard is recorded: a suitable
 * place, a psychologist or social worker, the person the child asked for (or that the child
 * asked for nobody), a public prosecutor, the video recording, the interpreter (or that none
 * was needed) and the inquiry official. The form's checkboxes alone can be skipped by any
 * client of the engine's REST API; this cannot. The task stays open and names each field.
 */
@Component
public class CheckChildInterviewSafeguardsDelegate implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<FieldProblem> missing = new ArrayList<>();
    ticked(task, VictimIdentificationProcess.VAR_CHILD_INTERVIEW_ROOM_SUITABLE,
        "สถานที่ที่เหมาะสมสำหรับเด็ก", "a place suitable for the child", missing);
    ticked(task, VictimIdentificationProcess.VAR_CHILD_INTERVIEW_PSYCHOLOGIST_OR_SOCIAL_WORKER_PRESENT,
        "นักจิตวิทยาหรือนักสังคมสงเคราะห์", "a psychologist or social worker", missing);
    ticked(task, VictimIdentificationProcess.VAR_CHILD_INTERVIEW_PROSECUTOR_PRESENT,
        "พนักงานอัยการ", "a public prosecutor", missing);
    ticked(task, VictimIdentificationProcess.VAR_CHILD_INTERVIEW_VIDEO_RECORDED,
        "การบันทึกภาพและเสียง", "the video recording", missing);
    written(task, VictimIdentificationProcess.VAR_CHILD_INTERVIEW_RECORDING_REF,
        "เลขอ้างอิงของบันทึกภาพและเสียง", "the recording's reference", missing);
    written(task, VictimIdentificationProcess.VAR_CHILD_INTERVIEW_CHOSEN_PERSON,
        "บุคคลที่เด็กร้องขอ (หรือว่าเด็กไม่ได้ร้องขอ)",
        "the person the child asked for (or that the child asked for nobody)", missing);
    written(task, VictimIdentificationProcess.VAR_CHILD_INTERVIEW_INTERPRETER,
        "ล่าม (หรือว่าไม่ต้องใช้ล่าม)", "the interpreter (or that none was needed)", missing);
    written(task, VictimIdentificationProcess.VAR_CHILD_INTERVIEW_INQUIRY_OFFICIAL,
        "พนักงานสอบสวน", "the inquiry official", missing);
    written(task, VictimIdentificationProcess.VAR_CHILD_INTERVIEWED_AT,
        "วันเวลาที่ถามปากคำ", "when the child was questioned", missing);
    if (!missing.isEmpty()) {
      throw new RuleViolationException(missing);
    }
  }

  private static void ticked(DelegateTask task, String field, String th, String en,
                             List<FieldProblem> missing) {
    if (!Boolean.TRUE.equals(task.getVariable(field))) {
      missing.add(FieldProblem.of(field, Bilingual.of(
          "ป.วิ.อ. มาตรา 133 ทวิ: ต้องมี" + th + " จึงจะถามปากคำเด็กได้",
          "CPC s.133 bis: the child is questioned only with " + en)));
    }
  }

  private static void written(DelegateTask task, String field, String th, String en,
                              List<FieldProblem> missing) {
    Object value = task.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      missing.add(FieldProblem.of(field, Bilingual.of(
          "ป.วิ.อ. มาตรา 133 ทวิ: ต้องบันทึก" + th,
          "CPC s.133 bis: record " + en)));
    }
  }
}
