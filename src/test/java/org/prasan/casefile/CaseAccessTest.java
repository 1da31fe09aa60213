package org.prasan.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prasan.agency.Actor;
import org.prasan.agency.Agency;
import org.prasan.agency.AgencyRegistry;
import org.prasan.intake.IntakeProperties;
import org.prasan.intake.TipSource;
import org.prasan.system.Bilingual;
import org.prasan.system.EngineAccess;
import org.prasan.system.NotFoundException;
import org.prasan.system.NotPermittedException;
import org.springframework.context.ApplicationEventPublisher;

/** The one access decision on a case, rule by rule, without Spring or an engine. */
class CaseAccessTest {

  static final CaseId CASE = CaseId.of("TIP-2026-000042");
  static final CaseId MISSING = CaseId.of("TIP-1999-999999");
  static final String EXHIBIT = "EXH-000007";

  private final CaseFileRepository cases = mock(CaseFileRepository.class);
  private final EngineAccess engine = mock(EngineAccess.class);
  private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
  private CaseAccess access;

  @BeforeEach
  void aCaseLedByAtpdSupportedByMsdhsTriagedByAtpdWithAnAmloTask() {
    AgencyRegistry registry = new AgencyRegistry(List.of(agency("rtp-atpd"),
        agency("rtp-ccib"), agency("dsi"), agency("msdhs", Agency.Role.VICTIM_IDENTITIES),
        agency("oag-tip", Agency.Role.PROSECUTION, Agency.Role.VICTIM_IDENTITIES),
        agency("amlo"), agency(AgencyRegistry.COORDINATOR)));
    CaseResources exhibits = new CaseResources() {
      @Override
      public String pathVariable() {
        return "exhibitId";
      }

      @Override
      public Optional<Owner> ownerOf(String id) {
        return EXHIBIT.equals(id) ? Optional.of(new Owner(CASE, Set.of("rtp-ccib")))
            : Optional.empty();
      }

      @Override
      public Bilingual notFound(String id) {
        return Bilingual.of("ไม่พบวัตถุพยาน " + id, "No exhibit " + id);
      }
    };
    access = new CaseAccess(cases, registry,
        new IntakeProperties(Map.of(TipSource.HOTLINE, "rtp-atpd")), mock(TaskService.class),
        engine, events, List.of(exhibits));
    when(cases.findById(CASE.value())).thenReturn(Optional.of(new CaseFile(CASE.value(),
        "HOTLINE", null, Instant.parse("2026-03-01T02:00:00Z"), "Chiang Rai", "pi-1",
        "rtp-atpd", "msdhs", CaseStatus.OPEN, null, null)));
    when(cases.findById(MISSING.value())).thenReturn(Optional.empty());
    when(engine.asSystem(any(Supplier.class))).thenReturn(Set.of("amlo"));
  }

  @Test
  void coordinatorsAndEveryAgencyWorkingOnTheCaseSeeIt() {
    for (Actor reader : List.of(officer("rtp-atpd"), officer("msdhs"), officer("amlo"),
        actor("coordinator.one", "coordinator"), actor("atpd.head", "rtp-atpd", "rtp-atpd-sup"))) {
      assertThat(access.require(CASE, reader, AccessRule.CASE_VIEW).caseId())
          .as(reader.userId()).isEqualTo(CASE.value());
    }
  }

  @Test
  void anOutsiderIsAnsweredWordForWordAsForACaseThatDoesNotExist() {
    NotFoundException outsider = refusal(NotFoundException.class,
        () -> access.require(CASE, officer("dsi"), AccessRule.CASE_VIEW));
    NotFoundException missing = refusal(NotFoundException.class,
        () -> access.require(MISSING, officer("rtp-atpd"), AccessRule.CASE_VIEW));

    assertThat(outsider.detail()).isEqualTo(Bilingual.of("ไม่พบคดี " + CASE,
        "No case " + CASE));
    assertThat(missing.detail().en()).isEqualTo("No case " + MISSING);
    assertThat(refusal(NotFoundException.class, () -> access.require(CASE,
        actor("admin", "camunda-admin"), AccessRule.CASE_VIEW))).isNotNull();
  }

  @Test
  void theAuditIsForCoordinatorsAndTheLeadAndTheOtherAgenciesOnTheCaseAreToldSo() {
    assertThat(access.require(CASE, officer("rtp-atpd"), AccessRule.CASE_AUDIT)).isNotNull();
    assertThat(access.require(CASE, actor("c", "coordinator"), AccessRule.CASE_AUDIT))
        .isNotNull();
    NotPermittedException supporting = refusal(NotPermittedException.class,
        () -> access.require(CASE, officer("msdhs"), AccessRule.CASE_AUDIT));
    assertThat(supporting.detail().en()).isEqualTo("On case " + CASE
        + " only coordinators and the case's lead agency may do this");
    assertThat(supporting.detail().th()).contains("ผู้ประสานงานและหน่วยงานหลักของคดี");
    verify(events).publishEvent(new CaseAccessRefused(CASE.value(), null,
        AccessRule.CASE_AUDIT, "msdhs.officer", false));
  }

  @Test
  void victimsAreForTheVaultsAgenciesOnEveryCaseAndTheLeadNeverCoordinators() {
    assertThat(access.require(CASE, officer("oag-tip"), AccessRule.CASE_VICTIMS)).isNotNull();
    assertThat(access.require(CASE, officer("rtp-atpd"), AccessRule.CASE_VICTIMS)).isNotNull();
    refusal(NotPermittedException.class, () -> access.require(CASE,
        actor("c", "coordinator"), AccessRule.CASE_VICTIMS));
    refusal(NotFoundException.class, () -> access.require(CASE, officer("dsi"),
        AccessRule.CASE_VICTIMS));
  }

  @Test
  void evidenceIsForTheCasesAgenciesProsecutorsAndTheHolderWhoAloneHandsItOn() {
    Map<String, String> path = Map.of("exhibitId", EXHIBIT);

    access.decide(AccessRule.CASE_EVIDENCE, officer("oag-tip"), path, false);
    access.decide(AccessRule.HOLDER, officer("rtp-ccib"), path, true);
    assertThatThrownBy(() -> access.decide(AccessRule.HOLDER, officer("rtp-atpd"), path, true))
        .isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> access.decide(AccessRule.CASE_EVIDENCE, officer("dsi"), path,
        false)).isInstanceOf(NotFoundException.class).hasMessage("No exhibit " + EXHIBIT);
    assertThatThrownBy(() -> access.decide(AccessRule.CASE_EVIDENCE, officer("rtp-atpd"),
        Map.of("exhibitId", "EXH-999999"), false)).hasMessage("No exhibit EXH-999999");
  }

  @Test
  void uploadingEvidenceIsForTheAgenciesOnTheCaseNotCoordinatorsAsSuch() {
    assertThat(access.actorsAgenciesOn(access.require(CASE, officer("amlo"),
        AccessRule.CASE_AGENCY), officer("amlo"))).containsExactly("amlo");
    refusal(NotPermittedException.class, () -> access.require(CASE,
        actor("c", "coordinator"), AccessRule.CASE_AGENCY));
  }

  @Test
  void anyAgencyMayClaimACaseThatExistsButNobodyElse() {
    assertThat(access.require(CASE, officer("dsi"), AccessRule.CASE_CLAIM)).isNotNull();
    refusal(NotFoundException.class, () -> access.require(MISSING, officer("dsi"),
        AccessRule.CASE_CLAIM));
    refusal(NotFoundException.class, () -> access.require(CASE, actor("admin",
        "camunda-admin"), AccessRule.CASE_CLAIM));
  }

  @Test
  void anAgencysRecordsAreForItsStaffAndCoordinators() {
    access.decide(AccessRule.AGENCY_STAFF, officer("dsi"), Map.of("agency", "dsi"), false);
    access.decide(AccessRule.AGENCY_STAFF, actor("c", "coordinator"), Map.of("agency", "dsi"),
        false);
    assertThatThrownBy(() -> access.decide(AccessRule.AGENCY_STAFF, officer("amlo"),
        Map.of("agency", "dsi"), false)).isInstanceOf(NotPermittedException.class);
    assertThatThrownBy(() -> access.decide(AccessRule.AGENCY_STAFF, officer("amlo"),
        Map.of("agency", "nobody"), false)).isInstanceOf(NotFoundException.class);
  }

  private static <T extends RuntimeException> T refusal(Class<T> type, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException refused) {
      assertThat(refused).isInstanceOf(type);
      return type.cast(refused);
    }
    throw new AssertionError("not refused");
  }

  private static Agency agency(String id, Agency.Role... roles) {
    return new Agency(id, id, id, Set.of(roles));
  }

  private static Actor officer(String agency) {
    return actor(agency + ".officer", agency);
  }

  private static Actor actor(String userId, String... groups) {
    return Actor.of(userId, List.of(groups));
  }
}
