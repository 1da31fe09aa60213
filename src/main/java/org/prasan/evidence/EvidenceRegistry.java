package org.prasan.evidence;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.prasan.agency.Actor;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.AccessRule;
import org.prasan.casefile.CaseAccess;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseId;
import org.prasan.casefile.CaseStatus;
import org.prasan.system.Bilingual;
import org.prasan.system.ConflictException;
import org.prasan.system.InvalidFieldException;
import org.prasan.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence registry: exhibits of a case, their files in the {@link EvidenceStore} and their
 * hash-chained custody ({@link CustodyChain}). Agencies working on the case register evidence;
 * only the agency holding an exhibit hands it on; the case's agencies, prosecutors and
 * coordinators verify it.
 */
@Service
public class EvidenceRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(EvidenceRegistry.class);

  private final ExhibitRepository exhibits;
  private final EvidenceStore store;
  private final CaseAccess access;
  private final CaseFileRepository cases;
  private final AgencyRegistry agencies;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public EvidenceRegistry(ExhibitRepository exhibits, EvidenceStore store, CaseAccess access,
                          CaseFileRepository cases, AgencyRegistry agencies,
                          TransactionTemplate transaction, Clock clock) {
    this.cases = cases;
    this.exhibits = exhibits;
    this.store = store;
    this.access = access;
    this.agencies = agencies;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * The caller's agencies that may register evidence on the case (the endpoint's
   * {@code CASE_AGENCY} rule let them in); refuses a closed case before any upload.
   */
  public Set<String> uploadersOn(CaseId caseId, Actor caller) {
    CaseFile file = access.require(caseId, caller, AccessRule.CASE_AGENCY);
    if (file.status() != CaseStatus.OPEN) {
      throw new ConflictException(Bilingual.of("คดี " + caseId + " ปิดแล้ว",
          "Case " + caseId + " is closed"));
    }
    return access.actorsAgenciesOn(file, caller);
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

  /**
   * Hands an exhibit from its holder to another agency: one more entry of the chain. The
   * endpoint's {@code HOLDER} rule let only the holder's officers in; the holder is checked
   * again under the exhibit's lock, in case it was handed on meanwhile.
   */
  public CustodyEntry transfer(String exhibitId, CustodyTransfer transfer, Actor caller) {
    return transaction.execute(status -> {
      Exhibit exhibit = exhibits.lock(exhibitId).orElseThrow(() ->
          new NotFoundException(ExhibitOwners.noExhibit(exhibitId)));
      String holder = holderOf(exhibit);
      if (!caller.speaksFor(holder)) {
        throw new ConflictException(Bilingual.of(
            exhibitId + " อยู่ในความครอบครองของ " + holder + " แล้ว",
            exhibitId + " is held by " + holder + " now"));
      }
      requireOnTheCase(exhibit, transfer.toAgency());
      return append(exhibit, holder, transfer, caller.userId());
    });
  }

  /**
   * An exhibit goes only to an agency working on its case, or to the prosecutors, who read
   * every case's evidence (issue 15: it could be handed to any agency of the registry).
   */
  private void requireOnTheCase(Exhibit exhibit, String toAgency) {
    if (!agencies.isAgency(toAgency)) {
      return;
    }
    Set<String> receivers = new java.util.LinkedHashSet<>(agencies.withRole(
        org.prasan.agency.Agency.Role.PROSECUTION));
    cases.findById(exhibit.caseId()).ifPresent(file -> receivers.addAll(access.agenciesOn(file)));
    if (!receivers.contains(toAgency)) {
      throw new InvalidFieldException("toAgency", Bilingual.of(
          "'" + toAgency + "' ไม่ได้ทำงานในคดี " + exhibit.caseId()
              + " จึงรับวัตถุพยานไม่ได้ ส่งมอบได้แก่: " + String.join(", ", receivers),
          "'" + toAgency + "' does not work on case " + exhibit.caseId()
              + " and cannot receive its evidence; it may go to: "
              + String.join(", ", receivers)));
    }
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

  /** An exhibit verified; its endpoints' {@code CASE_EVIDENCE} rule decided who may ask. */
  public Verification verify(String exhibitId) {
    return verify(exhibits.find(exhibitId).orElseThrow(() ->
        new NotFoundException(ExhibitOwners.noExhibit(exhibitId))));
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
      throw new InvalidFieldException("toAgency", Bilingual.of(
          "'" + transfer.toAgency() + "' ไม่ใช่หน่วยงานที่ถือวัตถุพยานได้",
          "'" + transfer.toAgency() + "' is not an agency that can hold evidence"));
    }
    if (holder.equals(transfer.toAgency())) {
      throw new ConflictException(Bilingual.of(
          exhibit.exhibitId() + " อยู่ในความครอบครองของ " + holder + " อยู่แล้ว",
          exhibit.exhibitId() + " is held by " + holder + " already"));
    }
    CustodyEntry entry = entry(exhibit, exhibit.custodyLength() + 1, CustodyEntry.TRANSFERRED,
        holder, transfer.toAgency(), transfer.purpose().strip(), user, now(),
        exhibit.custodyHeadHash());
    exhibits.append(entry);
    return entry;
  }

  private String holderOf(Exhibit exhibit) {
    return ExhibitOwners.holderOf(exhibits, exhibit);
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
        throw new InvalidFieldException("holderAgency", Bilingual.of(
            "ต้องเป็นหน่วยงานหนึ่งของท่านในคดีนี้: " + String.join(", ", uploaderAgencies),
            "must be one of your agencies on the case: " + String.join(", ", uploaderAgencies)));
      }
      return requested;
    }
    if (uploaderAgencies.size() > 1) {
      String yours = String.join(", ", uploaderAgencies);
      throw new InvalidFieldException("holderAgency", Bilingual.of(
          "ท่านทำงานในคดีนี้ให้ " + yours + ": โปรดระบุหน่วยงานที่ถือวัตถุพยาน",
          "you work on the case for " + yours + ": say which agency holds the exhibit"));
    }
    return uploaderAgencies.iterator().next();
  }

  /** Stored timestamps keep milliseconds; the hash is over exactly what is stored. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }
}
