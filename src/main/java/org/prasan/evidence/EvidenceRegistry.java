package org.prasan.evidence;

import java.io.IOException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.prasan.agency.AgencyMembership;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseParticipants;
import org.prasan.casefile.CaseStatus;
import org.prasan.system.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * The evidence registry: exhibits of a case, their files in the {@link EvidenceStore} and their
 * hash-chained custody ({@link CustodyChain}). Agencies working on the case register evidence;
 * only the agency holding an exhibit hands it on; the case's agencies, prosecutors and
 * coordinators verify it.
 */
@Service
public class EvidenceRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(EvidenceRegistry.class);
  static final String PROSECUTORS = "oag-tip";

  private final ExhibitRepository exhibits;
  private final EvidenceStore store;
  private final CaseFileRepository cases;
  private final CaseParticipants participants;
  private final AgencyRegistry agencies;
  private final TransactionTemplate transaction;

  public EvidenceRegistry(ExhibitRepository exhibits, EvidenceStore store,
                          CaseFileRepository cases, CaseParticipants participants,
                          AgencyRegistry agencies, TransactionTemplate transaction) {
    this.exhibits = exhibits;
    this.store = store;
    this.cases = cases;
    this.participants = participants;
    this.agencies = agencies;
    this.transaction = transaction;
  }

  /** The caller's agencies that may register evidence on the case; refuses before any upload. */
  public Set<String> uploadersOn(String caseId, Authentication caller) {
    CaseFile file = cases.findById(caseId).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + caseId));
    Set<String> working = participants.callersAgenciesOn(file, caller);
    if (working.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          caller.getName() + " does not work on case " + caseId + " for any agency");
    }
    if (file.status() != CaseStatus.OPEN) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + caseId + " is closed");
    }
    return working;
  }

  /** Registers an uploaded file as an exhibit of the case, held by the uploader's agency. */
  public Exhibit register(String caseId, Set<String> uploaderAgencies, EvidenceUpload upload,
                          EvidenceStore.Incoming incoming, String user) throws IOException {
    String holder = holder(uploaderAgencies, upload.holderAgency());
    String exhibitId = String.format("EXH-%06d", exhibits.nextExhibitNumber());
    Instant now = now();
    String storagePath = store.keep(incoming, caseId, exhibitId);
    try {
      Exhibit exhibit = new Exhibit(exhibitId, caseId, upload.description().strip(),
          upload.seizedAt(), upload.seizedBy(), upload.fileName(), upload.contentType(),
          incoming.size(), incoming.sha256(), storagePath, user, now, 0, CustodyChain.GENESIS);
      transaction.executeWithoutResult(status -> {
        exhibits.insert(exhibit);
        exhibits.append(entry(exhibit, 1, CustodyEntry.REGISTERED, null, holder,
            "Registered: " + abbreviate(exhibit.description()), user, now,
            CustodyChain.GENESIS));
      });
      LOG.info("Exhibit {} of case {} registered by {} ({} bytes, sha256 {})", exhibitId,
          caseId, user, incoming.size(), incoming.sha256());
      return exhibits.find(exhibitId).orElseThrow();
    } catch (RuntimeException failed) {
      store.discardKept(storagePath);
      throw failed;
    }
  }

  /** Hands an exhibit from its holder to another agency: one more entry of the chain. */
  public CustodyEntry transfer(String exhibitId, CustodyTransfer transfer, Authentication caller) {
    return transaction.execute(status -> {
      Exhibit exhibit = exhibits.lock(exhibitId).orElseThrow(() ->
          new ResponseStatusException(HttpStatus.NOT_FOUND, "No exhibit " + exhibitId));
      String holder = holderOf(exhibit);
      if (!AgencyMembership.agenciesOf(caller).contains(holder)) {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, exhibitId + " is held by "
            + holder + "; only its officers hand it on");
      }
      return append(exhibit, holder, transfer, caller.getName());
    });
  }

  /**
   * Hands every exhibit of the case that one agency holds to another (the digital-evidence
   * hand-over). Runs in the caller's transaction; answers the new entries.
   */
  public List<CustodyEntry> handOverAll(String caseId, String fromAgency, String toAgency,
                                        String purpose, String user) {
    List<CustodyEntry> entries = new ArrayList<>();
    for (Exhibit listed : exhibits.ofCase(caseId)) {
      Exhibit exhibit = exhibits.lock(listed.exhibitId()).orElseThrow();
      if (fromAgency.equals(holderOf(exhibit)) && !fromAgency.equals(toAgency)) {
        entries.add(append(exhibit, fromAgency, new CustodyTransfer(toAgency, purpose),
            user == null ? fromAgency : user));
      }
    }
    return entries;
  }

  public Verification verify(String exhibitId, Authentication caller) {
    Exhibit exhibit = exhibits.find(exhibitId).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No exhibit " + exhibitId));
    Set<String> callers = AgencyMembership.agenciesOf(caller);
    CaseFile file = cases.findById(exhibit.caseId()).orElseThrow();
    boolean allowed = callers.contains(PROSECUTORS) || callers.contains(holderOf(exhibit))
        || participants.worksOn(file, caller);
    if (!allowed) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          caller.getName() + " does not work on case " + exhibit.caseId());
    }
    return verify(exhibit);
  }

  /** Every exhibit of the case, verified (before charging). */
  public List<Verification> verifyCase(String caseId) {
    return exhibits.ofCase(caseId).stream().map(this::verify).toList();
  }

  Verification verify(Exhibit exhibit) {
    List<CustodyEntry> entries = exhibits.custodyOf(exhibit.exhibitId());
    Integer firstBroken = CustodyChain.firstBroken(exhibit, entries);
    boolean fileIntact = exhibit.sha256().equals(store.hashOf(exhibit.storagePath()));
    if (firstBroken != null || !fileIntact) {
      LOG.warn("Exhibit {} of case {} fails verification: custody broken at {}, file intact {}",
          exhibit.exhibitId(), exhibit.caseId(), firstBroken, fileIntact);
    }
    String holder = entries.isEmpty() ? null : entries.get(entries.size() - 1).toAgency();
    return new Verification(exhibit.exhibitId(), firstBroken == null && fileIntact,
        entries.size(), firstBroken, fileIntact, exhibit.sha256(), holder);
  }

  public List<CustodyEntry> custodyOf(String exhibitId) {
    return exhibits.custodyOf(exhibitId);
  }

  public List<Exhibit> exhibitsOf(String caseId) {
    return exhibits.ofCase(caseId);
  }

  private CustodyEntry append(Exhibit exhibit, String holder, CustodyTransfer transfer,
                              String user) {
    if (!agencies.isAgency(transfer.toAgency())
        || AgencyRegistry.COORDINATOR.equals(transfer.toAgency())) {
      throw ApiProblemException.field("toAgency", "'" + transfer.toAgency()
          + "' is not an agency that can hold evidence");
    }
    if (holder.equals(transfer.toAgency())) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          exhibit.exhibitId() + " is held by " + holder + " already");
    }
    CustodyEntry entry = entry(exhibit, exhibit.custodyLength() + 1, CustodyEntry.TRANSFERRED,
        holder, transfer.toAgency(), transfer.purpose().strip(), user, now(),
        exhibit.custodyHeadHash());
    exhibits.append(entry);
    return entry;
  }

  private String holderOf(Exhibit exhibit) {
    List<CustodyEntry> entries = exhibits.custodyOf(exhibit.exhibitId());
    return entries.isEmpty() ? null : entries.get(entries.size() - 1).toAgency();
  }

  private static CustodyEntry entry(Exhibit exhibit, int seq, String action, String from,
                                    String to, String purpose, String user, Instant at,
                                    String prevHash) {
    String hash = CustodyChain.hashOf(exhibit.exhibitId(), seq, action, from, to, purpose, user,
        at, exhibit.sha256(), prevHash);
    return new CustodyEntry(exhibit.exhibitId(), seq, action, from, to, purpose, user, at,
        exhibit.sha256(), prevHash, hash);
  }

  private static String holder(Set<String> uploaderAgencies, String requested) {
    if (requested != null && !requested.isBlank()) {
      if (!uploaderAgencies.contains(requested)) {
        throw ApiProblemException.field("holderAgency", "must be one of your agencies on the "
            + "case: " + String.join(", ", uploaderAgencies));
      }
      return requested;
    }
    if (uploaderAgencies.size() > 1) {
      throw ApiProblemException.field("holderAgency", "you work on the case for "
          + String.join(", ", uploaderAgencies) + ": say which agency holds the exhibit");
    }
    return uploaderAgencies.iterator().next();
  }

  /** Stored timestamps keep milliseconds; the hash is over exactly what is stored. */
  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }

  /** A 400 naming one field, for rules the request's annotations cannot express. */
  static class ApiProblemException extends RuntimeException {
    private final transient List<ApiProblems.FieldProblem> problems;

    ApiProblemException(List<ApiProblems.FieldProblem> problems) {
      super(problems.toString());
      this.problems = problems;
    }

    static ApiProblemException field(String field, String message) {
      return new ApiProblemException(List.of(new ApiProblems.FieldProblem(field, message)));
    }

    List<ApiProblems.FieldProblem> problems() {
      return problems;
    }
  }
}
