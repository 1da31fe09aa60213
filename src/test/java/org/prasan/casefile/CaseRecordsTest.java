package org.prasan.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.prasan.agency.Agency;
import org.prasan.agency.AgencyRegistry;
import org.prasan.system.RuleViolationException;

/** The coordinator's lead decision as the server records it (issue 16, item 1). */
class CaseRecordsTest {

  private static final String CASE_ID = "TIP-2026-000161";
  private final CaseFileRepository cases = mock(CaseFileRepository.class);
  private final CaseRecords records = new CaseRecords(cases, new AgencyRegistry(List.of(
      new Agency("rtp-atpd", "rtp-atpd", "rtp-atpd", Set.of()),
      new Agency("dsi", "dsi", "dsi", Set.of()),
      new Agency("msdhs", "msdhs", "msdhs", Set.of()))), Clock.systemUTC());

  @Test
  void refusesDsiAsLeadWithoutTheBoardsResolution() {
    when(cases.lock(CASE_ID)).thenReturn(Optional.of(locked(null)));

    assertThatThrownBy(() -> records.recordLeadAgency(CASE_ID, "dsi", "rtp-atpd,msdhs"))
        .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
          assertThat(refused.fields()).extracting(field -> field.field())
              .containsExactly(JointCaseProcess.VAR_LEAD_AGENCY);
          assertThat(refused.getMessage()).contains("Board of Special Cases");
        });
    verify(cases, never()).recordLeadAgency(CASE_ID, "dsi", "rtp-atpd,msdhs");
  }

  @Test
  void keepsDsiWhenTheBoardHasAlreadyMadeTheCaseDsis() {
    when(cases.lock(CASE_ID)).thenReturn(Optional.of(locked("dsi")));

    records.recordLeadAgency(CASE_ID, "dsi", "rtp-atpd,msdhs");

    verify(cases).recordLeadAgency(CASE_ID, "dsi", "rtp-atpd,msdhs");
  }

  @Test
  void recordsAPoliceLeadWithDsiSupporting() {
    records.recordLeadAgency(CASE_ID, "rtp-atpd", "dsi,msdhs");

    verify(cases).recordLeadAgency(CASE_ID, "rtp-atpd", "dsi,msdhs");
  }

  private static LockedCase locked(String lead) {
    return new LockedCase(CASE_ID, CaseStatus.OPEN, lead, List.of(), "pi");
  }
}
