package org.prasan.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseStatus;
import org.prasan.casefile.LockedCase;
import org.prasan.system.ConflictException;
import org.prasan.system.EngineAccess;
import org.prasan.system.InvalidFieldException;
import org.prasan.system.NotFoundException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** How a claim to lead a case is taken and routed, without an engine or a database. */
class ClaimServiceTest {

  private static final String CASE = "TIP-2026-000011";
  private static final long CLAIM = 5;
  private static final long RESOLUTION = 21;

  private final ClaimRepository claims = mock(ClaimRepository.class);
  private final CaseFileRepository cases = mock(CaseFileRepository.class);
  private final ClaimDecisions decisions = mock(ClaimDecisions.class);
  private final RuntimeService runtimeService = mock(RuntimeService.class);
  private final DecisionService decisionService = mock(DecisionService.class, RETURNS_DEEP_STUBS);
  private final TransactionTemplate transaction = mock(TransactionTemplate.class);
  private final EngineAccess engine = mock(EngineAccess.class);
  private final MessageCorrelationBuilder correlation =
      mock(MessageCorrelationBuilder.class, RETURNS_SELF);

  private ClaimService service(boolean grantWhenDecisionAgrees) {
    return new ClaimService(claims, cases, decisions, runtimeService, decisionService,
        new ClaimsProperties(grantWhenDecisionAgrees), transaction, engine);
  }

  @BeforeEach
  @SuppressWarnings("unchecked")
  void oneTransactionAndTheSystemActsDirectly() {
    when(transaction.execute(any())).thenAnswer(call ->
        call.<TransactionCallback<Object>>getArgument(0).doInTransaction(null));
    when(engine.asSystem(any(Supplier.class))).thenAnswer(call ->
        call.<Supplier<Object>>getArgument(0).get());
    doAnswer(call -> {
      call.<Runnable>getArgument(0).run();
      return null;
    }).when(engine).asSystem(any(Runnable.class));
    ProcessInstance started = mock(ProcessInstance.class);
    when(started.getId()).thenReturn("pi-claim");
    when(runtimeService.startProcessInstanceByMessage(anyString(), anyString(), any()))
        .thenReturn(started);
    when(runtimeService.createMessageCorrelation(anyString())).thenReturn(correlation);
    when(claims.insertClaim(eq(CASE), anyString(), anyString(), anyString(),
        eq(ClaimStatus.PENDING))).thenReturn(CLAIM);
    when(claims.findClaim(CLAIM)).thenReturn(Optional.of(claim("mdt", ClaimStatus.PENDING)));
    when(claims.insertResolution(eq(CASE), any(), any())).thenReturn(RESOLUTION);
  }

  @Test
  void anUnknownCaseIsNotFoundAndNothingIsStored() {
    when(cases.lock(CASE)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> service(false).claim(CASE, "mdt", "basis", "mdt.officer"))
        .isInstanceOf(NotFoundException.class);
    verify(claims, never()).insertClaim(anyString(), anyString(), anyString(), anyString(),
        any());
  }

  @Test
  void aClosedCaseIsAConflictAndNothingIsStored() {
    when(cases.lock(CASE)).thenReturn(Optional.of(locked(CaseStatus.CLOSED, "rtp-atpd")));

    assertThatThrownBy(() -> service(false).claim(CASE, "mdt", "basis", "mdt.officer"))
        .isInstanceOf(ConflictException.class);
    verify(claims, never()).insertClaim(anyString(), anyString(), anyString(), anyString(),
        any());
  }

  @Test
  void theLeadClaimingItsOwnCaseIsAConflict() {
    when(cases.lock(CASE)).thenReturn(Optional.of(locked(CaseStatus.OPEN, "mdt")));
    when(claims.findOpenClaim(CASE, "mdt")).thenReturn(Optional.empty());

    assertThatThrownBy(() -> service(false).claim(CASE, "mdt", "basis", "mdt.officer"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aDsiLeadClaimIsRefusedNamingTheAgencyBecauseOnlyTheBoardMakesACaseDsis() {
    when(cases.lock(CASE)).thenReturn(Optional.of(locked(CaseStatus.OPEN, "rtp-atpd")));
    when(claims.findOpenClaim(CASE, "dsi")).thenReturn(Optional.empty());

    assertThatThrownBy(() -> service(true).claim(CASE, "dsi", "basis", "dsi.officer"))
        .isInstanceOfSatisfying(InvalidFieldException.class, refused ->
            assertThat(refused.fields()).singleElement().satisfies(problem -> {
              assertThat(problem.field()).isEqualTo("agency");
              assertThat(problem.message().en()).contains("Board of Special Cases");
              assertThat(problem.message().th()).contains("คณะกรรมการคดีพิเศษ");
            }));
    verify(claims, never()).insertClaim(anyString(), anyString(), anyString(), anyString(),
        any());
    verify(runtimeService, never()).startProcessInstanceByMessage(anyString(), anyString(),
        any());
  }

  @Test
  void anAgencysRepeatedOpenClaimIsAnsweredAsItIsWithoutANewOne() {
    Claim open = claim("mdt", ClaimStatus.UNDER_RESOLUTION);
    when(cases.lock(CASE)).thenReturn(Optional.of(locked(CaseStatus.OPEN, "rtp-atpd")));
    when(claims.findOpenClaim(CASE, "mdt")).thenReturn(Optional.of(open));

    ClaimService.ClaimTaken taken = service(false).claim(CASE, "mdt", "again", "mdt.other");

    assertThat(taken.created()).isFalse();
    assertThat(taken.claim()).isEqualTo(open);
    verify(claims, never()).insertClaim(anyString(), anyString(), anyString(), anyString(),
        any());
    verify(runtimeService, never()).startProcessInstanceByMessage(anyString(), anyString(),
        any());
  }

  @Test
  void aClaimOnACaseWithoutALeadAsksTheCoordinatorToConfirm() {
    when(cases.lock(CASE)).thenReturn(Optional.of(locked(CaseStatus.OPEN, null)));

    ClaimService.ClaimTaken taken = service(false).claim(CASE, "mdt", "basis", "mdt.officer");

    assertThat(taken.created()).isTrue();
    verify(claims).insertResolution(CASE, ClaimResolution.Kind.CONFIRMATION, null);
    verify(claims).attach(CLAIM, RESOLUTION, ClaimStatus.PENDING);
    Map<String, Object> variables = started(ClaimResolutionProcess.MESSAGE_LEAD_CLAIMED);
    assertThat(variables).containsEntry(ClaimResolutionProcess.VAR_CLAIMANT_AGENCY, "mdt")
        .containsEntry(ClaimResolutionProcess.VAR_CLAIM_RESOLUTION_ID, RESOLUTION)
        .containsEntry(ClaimResolutionProcess.VAR_CURRENT_LEAD_AGENCY, "");
    verify(claims).attachProcessInstance(RESOLUTION, "pi-claim");
  }

  @Test
  void aClaimOnALedCaseStartsAResolutionBetweenTheLeadAndTheClaimant() {
    when(cases.lock(CASE)).thenReturn(Optional.of(locked(CaseStatus.OPEN, "rtp-atpd")));

    service(false).claim(CASE, "mdt", "basis", "mdt.officer");

    verify(claims).insertResolution(CASE, ClaimResolution.Kind.OVERLAP, "rtp-atpd");
    verify(claims).attach(CLAIM, RESOLUTION, ClaimStatus.UNDER_RESOLUTION);
    assertThat(started(ClaimResolutionProcess.MESSAGE_CLAIMS_OVERLAP))
        .containsEntry(ClaimResolutionProcess.VAR_CLAIM_LEAD_AGENCY, "rtp-atpd")
        .containsEntry(ClaimResolutionProcess.VAR_CURRENT_LEAD_AGENCY, "rtp-atpd");
  }

  @Test
  void aSecondClaimTurnsAnOpenConfirmationIntoAResolution() {
    when(cases.lock(CASE)).thenReturn(Optional.of(locked(CaseStatus.OPEN, null)));
    when(claims.findOpenResolution(CASE)).thenReturn(Optional.of(
        resolution(ClaimResolution.Kind.CONFIRMATION)));

    service(false).claim(CASE, "mdt", "basis", "mdt.officer");

    verify(claims).attach(CLAIM, RESOLUTION, ClaimStatus.UNDER_RESOLUTION);
    verify(claims).changeKind(RESOLUTION, ClaimResolution.Kind.OVERLAP);
    verify(claims).setClaimStatusOfResolution(RESOLUTION, ClaimStatus.UNDER_RESOLUTION);
    verify(runtimeService).createMessageCorrelation(ClaimResolutionProcess.MESSAGE_CLAIM_ADDED);
    verify(correlation).processInstanceId("pi-resolution");
    verify(correlation).correlate();
    verify(claims, never()).insertResolution(anyString(), any(), any());
  }

  @Test
  void aLaterClaimJoinsAnOpenResolutionWithoutANewProcess() {
    when(cases.lock(CASE)).thenReturn(Optional.of(locked(CaseStatus.OPEN, "rtp-atpd")));
    when(claims.findOpenResolution(CASE)).thenReturn(Optional.of(
        resolution(ClaimResolution.Kind.OVERLAP)));

    service(false).claim(CASE, "mdt", "basis", "mdt.officer");

    verify(claims).attach(CLAIM, RESOLUTION, ClaimStatus.UNDER_RESOLUTION);
    verify(runtimeService).setVariable(eq("pi-resolution"),
        eq(ClaimResolutionProcess.VAR_OPEN_CLAIMS), any());
    verify(claims, never()).changeKind(anyLong(), any());
    verify(runtimeService, never()).startProcessInstanceByMessage(anyString(), anyString(),
        any());
  }

  @Test
  void whenTheDecisionProposesTheClaimantTheClaimIsGrantedAtOnce() {
    when(cases.lock(CASE)).thenReturn(Optional.of(locked(CaseStatus.OPEN, null)));
    when(decisionService.evaluateDecisionTableByKey(anyString()).variables(any(Map.class))
        .evaluate().getSingleResult().getEntry(anyString())).thenReturn("mdt");

    service(true).claim(CASE, "mdt", "basis", "mdt.officer");

    verify(claims).insertResolution(CASE, ClaimResolution.Kind.AUTOMATIC, null);
    verify(decisions).decide(eq(RESOLUTION), eq("mdt"), eq(List.of()), anyString(),
        eq(ClaimService.DECIDED_BY_DECISION));
    verify(runtimeService, never()).startProcessInstanceByMessage(anyString(), anyString(),
        any());
  }

  @Test
  void whenTheDecisionProposesAnotherAgencyTheCoordinatorConfirms() {
    when(cases.lock(CASE)).thenReturn(Optional.of(locked(CaseStatus.OPEN, null)));
    when(decisionService.evaluateDecisionTableByKey(anyString()).variables(any(Map.class))
        .evaluate().getSingleResult().getEntry(anyString())).thenReturn("rtp-atpd");

    service(true).claim(CASE, "mdt", "basis", "mdt.officer");

    verify(claims).insertResolution(CASE, ClaimResolution.Kind.CONFIRMATION, null);
    verify(decisions, never()).decide(anyLong(), anyString(), any(), anyString(), anyString());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> started(String message) {
    ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.forClass(Map.class);
    verify(runtimeService).startProcessInstanceByMessage(eq(message), eq(CASE),
        variables.capture());
    return variables.getValue();
  }

  private static LockedCase locked(CaseStatus status, String lead) {
    return new LockedCase(CASE, status, lead, List.of(), "pi-case");
  }

  private static ClaimResolution resolution(ClaimResolution.Kind kind) {
    return new ClaimResolution(RESOLUTION, CASE, kind, "pi-resolution", null, null, null, null,
        null, true);
  }

  private static Claim claim(String agency, ClaimStatus status) {
    return new Claim(CLAIM, CASE, agency, "basis", status, null, agency + ".officer",
        Instant.parse("2026-11-30T03:00:00Z"));
  }
}
