package org.prasan.casepage;

import java.time.Instant;
import java.util.List;
import org.prasan.audit.AuditEntry;
import org.prasan.caseview.CaseView;
import org.prasan.sla.LegalClock;

/**
 * What the case page shows of a case: the case (stage, agencies, open tasks), every clock,
 * its exhibits as verified now, its victims as references, each stage's findings and its
 * history. Victims' names are not here: the page asks the vault for them, as the caller.
 *
 * @param canRecordEvidence whether the caller's agency works on the case (an exhibit's
 *     registration needs it)
 * @param canReadVictims whether the caller may read and record identities in the vault
 */
public record CaseFileView(
    CaseView caseFile,
    Instant asOf,
    String zone,
    List<Stage> stages,
    List<AgencyName> agencies,
    List<Clock> clocks,
    List<ExhibitRow> exhibits,
    List<VictimRow> victims,
    List<AuditEntry> history,
    boolean canRecordEvidence,
    boolean canReadVictims) {

  /** A stage of the case (a process with the case id as business key) and what it found. */
  public record Stage(String processKey, String name, Instant started, Instant ended,
                      String state, List<Finding> findings) {
  }

  /** One answer recorded on a stage's forms, with the form's label ("ไทย / English"). */
  public record Finding(String name, String label, Object value, String type) {
  }

  /** An agency of the registry, for names instead of ids. */
  public record AgencyName(String id, String name, String nameTh) {
  }

  /**
   * A clock of the case: a legal deadline (law, start, end, latest end) or an open task's due
   * date (kind {@code task}).
   */
  public record Clock(String kind, String clock, String name, String law, Instant startedAt,
                      Instant endsAt, Instant latestEndsAt, String status, Instant stoppedAt,
                      String task, List<String> groups, boolean overdue) {

    static Clock legal(LegalClock legal) {
      return new Clock("legal", legal.clock(), legal.name(), legal.law(), legal.startedAt(),
          legal.endsAt(), legal.latestEndsAt(), legal.status().name(), legal.stoppedAt(), null,
          List.of(), false);
    }
  }

  /** An exhibit with its holder and whether its chain and file are intact now. */
  public record ExhibitRow(String exhibitId, String description, String fileName,
                           long sizeBytes, String sha256, Instant seizedAt, String seizedBy,
                           String registeredBy, Instant registeredAt, String holder,
                           int custodyEntries, boolean intact, boolean fileIntact) {
  }

  /** A victim as the process knows them: a reference, an age band and flags, never a name. */
  public record VictimRow(String victimRef, String ageBand, boolean child, boolean foreign,
                          Instant recordedAt) {
  }
}
