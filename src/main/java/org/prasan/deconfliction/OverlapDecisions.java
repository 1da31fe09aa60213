package org.prasan.deconfliction;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseStatus;
import org.prasan.casefile.JointCaseProcess;
import org.prasan.notification.AgencyNotifications;
import org.prasan.system.Bilingual;
import org.prasan.system.RuleViolationException;
import org.springframework.stereotype.Service;

/**
 * Carries out an overlap review's decision. A merge keeps everything: the merged case's
 * identifiers move to the surviving case (marked with where they came from), its process
 * variables (evidence references among them) are copied to {@code case_merge_carryover}, its
 * record and history stay readable under its own id with outcome MERGED, and its process ends
 * through {@code Message_CloseCase}, which cancels its open work.
 */
@Service
public class OverlapDecisions {

  static final int MAX_VALUE_TEXT = 4000;

  private final OverlapRepository overlaps;
  private final IdentifierIndex index;
  private final CaseFileRepository cases;
  private final ResponsibleAgency responsible;
  private final AgencyNotifications notifications;
  private final RuntimeService runtimeService;

  public OverlapDecisions(OverlapRepository overlaps, IdentifierIndex index,
                          CaseFileRepository cases,
                          ResponsibleAgency responsible, AgencyNotifications notifications,
                          RuntimeService runtimeService) {
    this.overlaps = overlaps;
    this.index = index;
    this.cases = cases;
    this.responsible = responsible;
    this.notifications = notifications;
    this.runtimeService = runtimeService;
  }

  /** Links the case of the review with every case the review covers. */
  public void link(long overlapId, String reason, String decidedBy) {
    List<Overlap> review = openReview(overlapId);
    decideAll(review, Overlap.Status.LINKED, reason, decidedBy);
    for (Overlap overlap : review) {
      tellBoth(overlap,
          Bilingual.of("เชื่อมโยงคดี " + overlap.caseId() + " กับคดี " + overlap.otherCaseId()
                  + " แล้ว",
              "Cases " + overlap.caseId() + " and " + overlap.otherCaseId() + " linked"),
          Bilingual.of("คดีทั้งสองมีข้อมูลระบุตัวตนตรงกัน (" + overlap.matchedIdentifiers()
                  + ") จึงเชื่อมโยงคดีแล้ว เหตุผล: " + reason,
              "The cases share " + overlap.matchedIdentifiers() + " and are now linked. Reason: "
                  + reason));
    }
  }

  /** Dismisses the overlap of the review's case with every case the review covers. */
  public void dismiss(long overlapId, String reason, String decidedBy) {
    List<Overlap> review = openReview(overlapId);
    decideAll(review, Overlap.Status.DISMISSED, reason, decidedBy);
    for (Overlap overlap : review) {
      tellBoth(overlap,
          Bilingual.of("คดี " + overlap.caseId() + " และคดี " + overlap.otherCaseId()
                  + " ไม่ซ้ำซ้อนกัน ยุติการพิจารณาความซ้ำซ้อนแล้ว",
              "Possible overlap of " + overlap.caseId() + " and " + overlap.otherCaseId()
                  + " dismissed"),
          Bilingual.of("เหตุผล: " + reason, "Reason: " + reason));
    }
  }

  /**
   * Merges the two cases of a review of one pair. A review that covers several cases is
   * linked or dismissed as a whole; which of them to merge is decided one pair at a time.
   */
  public void merge(long overlapId, String survivingCaseId, String reason, String decidedBy) {
    List<Overlap> review = openReview(overlapId);
    if (review.size() != 1) {
      throw RuleViolationException.field(OverlapReviewProcess.VAR_OVERLAP_DECISION,
          Bilingual.of("การพิจารณานี้ครอบคลุม " + review.size() + " คดี จึงรวมคดีไม่ได้:"
                  + " เลือกเชื่อมโยงหรือยกเลิก",
              "this review covers " + review.size() + " cases and cannot merge them: link"
                  + " or dismiss"));
    }
    Overlap overlap = review.get(0);
    String mergedCaseId = overlap.otherThan(survivingCaseId);
    lockInOrder(survivingCaseId, mergedCaseId);
    CaseFile merged = requireOpen(mergedCaseId);
    requireOpen(survivingCaseId);
    // Told before the merged case closes, while its lead is still known.
    tellBoth(overlap,
        Bilingual.of("รวมคดี " + mergedCaseId + " เข้ากับคดี " + survivingCaseId + " แล้ว",
            "Case " + mergedCaseId + " merged into " + survivingCaseId),
        Bilingual.of("คดี " + mergedCaseId + " ดำเนินการต่อในคดี " + survivingCaseId
                + " โดยข้อมูลระบุตัวตน การอ้างอิงพยานหลักฐาน และประวัติของคดีย้ายไปพร้อมกัน"
                + " เหตุผล: " + reason,
            "Case " + mergedCaseId + " goes on as " + survivingCaseId + "; its identifiers, "
                + "evidence references and history are kept with it. Reason: " + reason));

    index.move(mergedCaseId, survivingCaseId);
    carryOverVariables(overlapId, merged, survivingCaseId);
    overlaps.decide(overlapId, Overlap.Status.MERGED, survivingCaseId, reason, decidedBy);
    runtimeService.createMessageCorrelation(JointCaseProcess.MESSAGE_CLOSE_CASE)
        .processInstanceId(merged.processInstanceId())
        .setVariable(JointCaseProcess.VAR_EARLY_CLOSURE_OUTCOME, JointCaseProcess.OUTCOME_MERGED)
        .setVariable(JointCaseProcess.VAR_CLOSURE_REASON,
            "Merged into " + survivingCaseId + ": " + reason)
        .correlate();
  }

  private void carryOverVariables(long overlapId, CaseFile merged, String survivingCaseId) {
    Map<String, Object> variables = runtimeService.getVariables(merged.processInstanceId());
    variables.forEach((name, value) -> {
      String text = value instanceof Date date ? date.toInstant().toString()
          : String.valueOf(value);
      boolean truncated = text.length() > MAX_VALUE_TEXT;
      overlaps.carryOver(overlapId, merged.caseId(), survivingCaseId, name,
          value == null ? null : value.getClass().getSimpleName(),
          truncated ? text.substring(0, MAX_VALUE_TEXT) : text, truncated);
    });
  }

  private void lockInOrder(String oneCase, String otherCase) {
    // Always the lower id first, so two merges of the same pair cannot deadlock.
    String first = oneCase.compareTo(otherCase) < 0 ? oneCase : otherCase;
    cases.lock(first);
    cases.lock(first.equals(oneCase) ? otherCase : oneCase);
  }

  private CaseFile requireOpen(String caseId) {
    CaseFile file = cases.findById(caseId).orElseThrow();
    if (file.status() != CaseStatus.OPEN || file.processInstanceId() == null) {
      throw RuleViolationException.field(OverlapReviewProcess.VAR_OVERLAP_DECISION,
          Bilingual.of("คดี " + caseId + " ปิดแล้ว จึงรวมคดีไม่ได้",
              "case " + caseId + " is closed and cannot be merged"));
    }
    return file;
  }

  /** The open overlaps of the overlap's review: the overlap and those started with it. */
  private List<Overlap> openReview(long overlapId) {
    Overlap overlap = overlaps.find(overlapId).orElseThrow(() ->
        new IllegalStateException("No overlap " + overlapId));
    if (overlap.status() != Overlap.Status.OPEN) {
      throw RuleViolationException.field(OverlapReviewProcess.VAR_OVERLAP_DECISION,
          Bilingual.of("การพิจารณาความซ้ำซ้อน " + overlapId + " ได้ตัดสินไปแล้ว",
              "overlap " + overlapId + " is decided already"));
    }
    List<Overlap> review = overlap.processInstanceId() == null ? List.of()
        : overlaps.openOfReview(overlap.processInstanceId());
    return review.isEmpty() ? List.of(overlap) : review;
  }

  private void decideAll(List<Overlap> review, Overlap.Status status, String reason,
                         String decidedBy) {
    if (review.size() == 1) {
      overlaps.decide(review.get(0).id(), status, null, reason, decidedBy);
    } else {
      overlaps.decideAll(ids(review), status, reason, decidedBy);
    }
  }

  private static List<Long> ids(List<Overlap> review) {
    return review.stream().map(Overlap::id).toList();
  }

  private void tellBoth(Overlap overlap, Bilingual subject, Bilingual body) {
    String oneAgency = responsible.of(overlap.caseId());
    String otherAgency = responsible.of(overlap.otherCaseId());
    // Once per case, even when one agency works both: each case's record shows what was said.
    notifications.tell(overlap.caseId(), oneAgency, subject, body);
    notifications.tell(overlap.otherCaseId(), otherAgency, subject, body);
  }
}
