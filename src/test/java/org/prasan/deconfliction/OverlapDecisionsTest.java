package org.prasan.deconfliction;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseStatus;
import org.prasan.casefile.JointCaseProcess;
import org.prasan.notification.AgencyNotifications;
import org.prasan.system.Bilingual;
import org.prasan.system.RuleViolationException;

/** What each decision of an overlap review does, without an engine or a database. */
class OverlapDecisionsTest {

  private static final String LOWER = "TIP-2026-000003";
  private static final String HIGHER = "TIP-2026-000009";
  private static final long OVERLAP = 5;

  private final OverlapRepository overlaps = mock(OverlapRepository.class);
  private final IdentifierIndex index = mock(IdentifierIndex.class);
  private final CaseFileRepository cases = mock(CaseFileRepository.class);
  private final ResponsibleAgency responsible = mock(ResponsibleAgency.class);
  private final AgencyNotifications notifications = mock(AgencyNotifications.class);
  private final RuntimeService runtime = mock(RuntimeService.class);
  private final MessageCorrelationBuilder correlation =
      mock(MessageCorrelationBuilder.class, RETURNS_SELF);
  private final OverlapDecisions decisions = new OverlapDecisions(overlaps, index, cases,
      responsible, notifications, runtime);

  @BeforeEach
  void anOpenOverlapOfTwoOpenCases() {
    when(overlaps.find(OVERLAP)).thenReturn(Optional.of(overlap(Overlap.Status.OPEN)));
    when(cases.findById(LOWER)).thenReturn(Optional.of(openCase(LOWER, "pi-low")));
    when(cases.findById(HIGHER)).thenReturn(Optional.of(openCase(HIGHER, "pi-high")));
    when(responsible.of(LOWER)).thenReturn("rtp-atpd");
    when(responsible.of(HIGHER)).thenReturn("dsi");
    when(runtime.createMessageCorrelation(JointCaseProcess.MESSAGE_CLOSE_CASE))
        .thenReturn(correlation);
  }

  @Test
  void aLinkRecordsTheDecisionAndTellsEachCasesAgency() {
    decisions.link(OVERLAP, "same recruiter", "coordinator");

    verify(overlaps).decide(OVERLAP, Overlap.Status.LINKED, null, "same recruiter",
        "coordinator");
    Bilingual linked = Bilingual.of("เชื่อมโยงคดี " + LOWER + " กับคดี " + HIGHER + " แล้ว",
        "Cases " + LOWER + " and " + HIGHER + " linked");
    verify(notifications).tell(eq(LOWER), eq("rtp-atpd"), eq(linked), any(Bilingual.class));
    verify(notifications).tell(eq(HIGHER), eq("dsi"), eq(linked), any(Bilingual.class));
  }

  @Test
  void aDismissalRecordsTheDecisionAndTellsEachCasesAgency() {
    decisions.dismiss(OVERLAP, "shared hotline number", "coordinator");

    verify(overlaps).decide(OVERLAP, Overlap.Status.DISMISSED, null, "shared hotline number",
        "coordinator");
    verify(notifications).tell(eq(HIGHER), eq("dsi"),
        argThat(subject -> subject.th().contains("ยุติการพิจารณาความซ้ำซ้อน")
            && subject.en().endsWith(" dismissed")),
        eq(Bilingual.of("เหตุผล: shared hotline number", "Reason: shared hotline number")));
  }

  @Test
  void aMergeLocksTheLowerIdFirstMovesIdentifiersKeepsVariablesAndClosesTheMergedCase() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("exhibitCount", 2);
    variables.put("arrestedAt", Date.from(Instant.parse("2026-11-30T03:00:00Z")));
    variables.put("summary", "x".repeat(OverlapDecisions.MAX_VALUE_TEXT + 1));
    when(runtime.getVariables("pi-low")).thenReturn(variables);

    decisions.merge(OVERLAP, HIGHER, "one network", "coordinator");

    InOrder locks = inOrder(cases);
    locks.verify(cases).lock(LOWER);
    locks.verify(cases).lock(HIGHER);
    verify(index).move(LOWER, HIGHER);
    verify(overlaps).carryOver(OVERLAP, LOWER, HIGHER, "exhibitCount", "Integer", "2", false);
    verify(overlaps).carryOver(OVERLAP, LOWER, HIGHER, "arrestedAt", "Date",
        "2026-11-30T03:00:00Z", false);
    verify(overlaps).carryOver(OVERLAP, LOWER, HIGHER, "summary", "String",
        "x".repeat(OverlapDecisions.MAX_VALUE_TEXT), true);
    verify(overlaps).decide(OVERLAP, Overlap.Status.MERGED, HIGHER, "one network",
        "coordinator");
    verify(correlation).processInstanceId("pi-low");
    verify(correlation).setVariable(JointCaseProcess.VAR_EARLY_CLOSURE_OUTCOME,
        JointCaseProcess.OUTCOME_MERGED);
    verify(correlation).correlate();
  }

  @Test
  void aClosedCaseIsNotMerged() {
    when(cases.findById(LOWER)).thenReturn(Optional.of(new CaseFile(LOWER, "HOTLINE", null,
        Instant.EPOCH, "ตาก", "rtp-atpd", "pi-low", "rtp-atpd", "", CaseStatus.CLOSED,
        "NOT_PROSECUTED", "closed")));

    assertThatThrownBy(() -> decisions.merge(OVERLAP, HIGHER, "late", "coordinator"))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("is closed and cannot be merged");
    verify(index, never()).move(LOWER, HIGHER);
  }

  @Test
  void aDecidedOverlapIsNotDecidedAgain() {
    when(overlaps.find(OVERLAP)).thenReturn(Optional.of(overlap(Overlap.Status.LINKED)));

    assertThatThrownBy(() -> decisions.dismiss(OVERLAP, "again", "coordinator"))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("decided already");
  }

  private static Overlap overlap(Overlap.Status status) {
    return new Overlap(OVERLAP, LOWER, HIGHER, "PHONE:+66812345678", status, "pi-review",
        null, null);
  }

  private static CaseFile openCase(String caseId, String processInstanceId) {
    return new CaseFile(caseId, "HOTLINE", null, Instant.EPOCH, "ตาก", "rtp-atpd",
        processInstanceId, "rtp-atpd", "", CaseStatus.OPEN, null, null);
  }
}
