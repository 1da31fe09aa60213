package org.prasan.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prasan.agency.Agency;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseStatus;
import org.prasan.casefile.LockedCase;
import org.prasan.notification.AgencyNotifications;
import org.prasan.system.Bilingual;
import org.prasan.system.RuleViolationException;

/** What a coordinator's decision on claims does, without an engine or a database. */
class ClaimDecisionsTest {

  private static final String CASE = "TIP-2026-000007";
  private static final long RESOLUTION = 11;

  private final ClaimRepository claims = mock(ClaimRepository.class);
  private final CaseFileRepository cases = mock(CaseFileRepository.class);
  private final LeadHandover handover = mock(LeadHandover.class);
  private final AgencyNotifications notifications = mock(AgencyNotifications.class);
  private final AgencyRegistry agencies = new AgencyRegistry(List.of(
      agency("rtp-atpd"), agency("mdt"), agency("dsi"), agency("msdhs"), agency("amlo"),
      agency(AgencyRegistry.COORDINATOR)));
  private final ClaimDecisions decisions =
      new ClaimDecisions(claims, cases, handover, notifications, agencies);

  @BeforeEach
  void anOpenResolutionOnALedCase() {
    when(claims.findResolution(RESOLUTION)).thenReturn(Optional.of(resolution(true)));
    when(cases.lock(CASE)).thenReturn(Optional.of(new LockedCase(CASE, CaseStatus.OPEN,
        "rtp-atpd", List.of("msdhs"), "pi-1")));
    when(claims.claimsOf(RESOLUTION)).thenReturn(List.of(claim(1, "mdt"), claim(2, "amlo")));
  }

  @Test
  void theChosenClaimantLeadsAndEveryOtherAgencyConcernedSupports() {
    decisions.decide(RESOLUTION, "mdt", List.of(), "Board resolution 3/2026", "coordinator");

    verify(handover).changeLead(CASE, "rtp-atpd", "mdt", List.of("msdhs", "amlo", "rtp-atpd"),
        "Claim resolution 11: Board resolution 3/2026");
    verify(claims).decideClaim(1, ClaimStatus.GRANTED);
    verify(claims).decideClaim(2, ClaimStatus.SUPPORTING);
    verify(claims).decideResolution(RESOLUTION, "mdt", "msdhs,amlo,rtp-atpd",
        "Board resolution 3/2026", "coordinator");
  }

  @Test
  void theNewLeadTheOtherClaimantAndTheReplacedLeadAreEachTold() {
    decisions.decide(RESOLUTION, "mdt", List.of(), "reason", "coordinator");

    verify(notifications).tell(eq(CASE), eq("mdt"),
        eq(Bilingual.of("หน่วยงานของท่านเป็นหน่วยงานหลักของคดี " + CASE, "You lead case " + CASE)),
        any(Bilingual.class));
    Bilingual mdtLeads = Bilingual.of("คดี " + CASE + ": mdt เป็นหน่วยงานหลัก",
        "Case " + CASE + ": mdt leads");
    verify(notifications).tell(eq(CASE), eq("amlo"), eq(mdtLeads),
        argThat(body -> body.th().contains("หน่วยงานของท่านเป็นหน่วยงานสนับสนุน")
            && body.en().contains("your agency is a supporting agency")));
    verify(notifications).tell(eq(CASE), eq("rtp-atpd"), eq(mdtLeads), any(Bilingual.class));
  }

  @Test
  void theCoordinatorCanNeitherLeadNorSupport() {
    assertThatThrownBy(() -> decisions.decide(RESOLUTION, AgencyRegistry.COORDINATOR, List.of(),
        "reason", "coordinator"))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining(ClaimResolutionProcess.VAR_CLAIM_LEAD_AGENCY);
    assertThatThrownBy(() -> decisions.decide(RESOLUTION, "mdt", List.of("nowhere"),
        "reason", "coordinator"))
        .hasMessageContaining(ClaimResolutionProcess.VAR_CLAIM_SUPPORTING_AGENCIES);
    verify(handover, never()).changeLead(anyString(), anyString(), anyString(), eq(List.of()),
        anyString());
  }

  @Test
  void theCoordinatorCannotMakeDsiLeadWithoutTheBoard() {
    assertThatThrownBy(() -> decisions.decide(RESOLUTION, "dsi", List.of(),
        "reason", "coordinator"))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining(ClaimResolutionProcess.VAR_CLAIM_LEAD_AGENCY)
        .hasMessageContaining("Board of Special Cases");
    verify(handover, never()).changeLead(anyString(), anyString(), anyString(), any(),
        anyString());
  }

  @Test
  void dsiKeepsTheLeadTheBoardGaveIt() {
    when(cases.lock(CASE)).thenReturn(Optional.of(new LockedCase(CASE, CaseStatus.OPEN,
        "dsi", List.of("msdhs"), "pi-1")));

    decisions.decide(RESOLUTION, "dsi", List.of(), "Board resolution 3/2026", "coordinator");

    verify(claims).decideClaim(1, ClaimStatus.SUPPORTING);
  }

  @Test
  void aDecidedResolutionIsNotDecidedTwice() {
    when(claims.findResolution(RESOLUTION)).thenReturn(Optional.of(resolution(false)));

    assertThatThrownBy(() -> decisions.decide(RESOLUTION, "mdt", List.of(), "again", "c"))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("decided already");
    verify(claims, never()).decideClaim(1, ClaimStatus.GRANTED);
  }

  @Test
  void aDeclineKeepsTheLeadAndTellsEachClaimant() {
    decisions.decline(RESOLUTION, "no basis", "coordinator");

    verify(claims).decideClaim(1, ClaimStatus.DECLINED);
    verify(claims).decideClaim(2, ClaimStatus.DECLINED);
    verify(claims).decideResolution(RESOLUTION, "rtp-atpd", "msdhs", "no basis", "coordinator");
    Bilingual declined = Bilingual.of("คำขอเป็นหน่วยงานหลักของคดี " + CASE + " ไม่ได้รับอนุมัติ",
        "Claim to lead case " + CASE + " declined");
    verify(notifications).tell(eq(CASE), eq("mdt"), eq(declined), any(Bilingual.class));
    verify(notifications).tell(eq(CASE), eq("amlo"), eq(declined), any(Bilingual.class));
    assertThat(agencies.isAgency("mdt")).isTrue();
  }

  private static Agency agency(String id) {
    return new Agency(id, id, id, Set.of());
  }

  private static ClaimResolution resolution(boolean open) {
    return new ClaimResolution(RESOLUTION, CASE, ClaimResolution.Kind.OVERLAP, "pi-2",
        "rtp-atpd", null, null, null, null, open);
  }

  private static Claim claim(long id, String agency) {
    return new Claim(id, CASE, agency, "basis", ClaimStatus.PENDING, RESOLUTION, agency + ".o",
        Instant.parse("2026-11-30T03:00:00Z"));
  }
}
