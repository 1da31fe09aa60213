package org.prasan.victim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.prasan.casefile.AccessRule;
import org.prasan.casefile.CaseAccessRefused;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseStatus;
import org.prasan.system.Bilingual;
import org.prasan.system.ConflictException;
import org.prasan.system.EngineAccess;
import org.prasan.system.NotFoundException;
import org.prasan.victim.VictimAccessLog.Action;
import org.prasan.victim.VictimRecords.StoredVictim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The victim vault. Identities are written and read only by the agencies with the registry
 * role {@code VICTIM_IDENTITIES} (msdhs, mdt, oag-tip) and by officers of the case's lead
 * agency: the endpoints' {@code CASE_VICTIMS} rule (casefile/CaseAccess) decides it, and every
 * read, write and refusal is audited (refusals through {@link CaseAccessRefused}). The case's
 * process learns how many victims, children and foreign nationals the case has, nothing else;
 * log lines name the reference and the case only.
 */
@Service
public class VictimVault {

  private static final Logger LOG = LoggerFactory.getLogger(VictimVault.class);
  static final String THAI = "TH";

  private final CaseFileRepository cases;
  private final VictimRecords records;
  private final VictimAccessLog audit;
  private final VaultCipher cipher;
  private final VaultKeyRing keys;
  private final VictimRefs refs;
  private final ObjectMapper json;
  private final RuntimeService runtimeService;
  private final EngineAccess engine;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final java.util.List<VaultSealedRows> sealedElsewhere;

  public VictimVault(CaseFileRepository cases, VictimRecords records, VictimAccessLog audit,
                     VaultCipher cipher, VaultKeyRing keys, VictimRefs refs, ObjectMapper json,
                     RuntimeService runtimeService, EngineAccess engine,
                     TransactionTemplate transaction, Clock clock,
                     java.util.List<VaultSealedRows> sealedElsewhere) {
    this.sealedElsewhere = java.util.List.copyOf(sealedElsewhere);
    this.cases = cases;
    this.records = records;
    this.audit = audit;
    this.cipher = cipher;
    this.keys = keys;
    this.refs = refs;
    this.json = json;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Records a victim of the case; answers the new pseudonymous reference. */
  public String record(String caseId, VictimIdentityRequest request, String user) {
    CaseFile file = cases.findById(caseId).orElseThrow();
    if (file.status() != CaseStatus.OPEN) {
      throw new ConflictException(Bilingual.of("คดี " + caseId + " ปิดแล้ว",
          "Case " + caseId + " is closed"));
    }
    String victimRef = refs.next();
    LocalDate today = LocalDate.now(clock);
    AgeBand band = AgeBand.of(request.dateOfBirth(), today);
    String keyId = keys.activeKeyId();
    byte[] sealed = cipher.encrypt(keys.activeKey(), serialise(VictimIdentity.Sealed.of(request)),
        StoredVictim.associatedData(victimRef, caseId, keyId));
    StoredVictim victim = new StoredVictim(victimRef, caseId, band,
        AgeBand.questionedAsChild(request.dateOfBirth(), today),
        !THAI.equals(request.nationality()), keyId, sealed, user, clock.instant());
    transaction.executeWithoutResult(status -> {
      records.insert(victim);
      audit.record(victimRef, caseId, user, Action.WRITE);
      tellProcess(file);
    });
    LOG.info("Victim {} recorded on case {} by {}", victimRef, caseId, user);
    return victimRef;
  }

  /**
   * Victims identified in a mass screening join a case, all in one transaction: each gets a
   * victim ref of the case, their identity sealed as any victim's, with the age band they were
   * screened at (a list may give only an estimated age). The case's process learns the new
   * counts once. Answers the refs in the order given.
   */
  public java.util.List<String> recordScreened(String caseId,
                                               java.util.List<ScreenedIdentity> identities,
                                               String user) {
    CaseFile file = cases.findById(caseId).orElseThrow();
    if (file.status() != CaseStatus.OPEN) {
      throw new ConflictException(Bilingual.of("คดี " + caseId + " ปิดแล้ว",
          "Case " + caseId + " is closed"));
    }
    java.util.List<String> victimRefs = new java.util.ArrayList<>();
    transaction.executeWithoutResult(status -> {
      for (ScreenedIdentity identity : identities) {
        String victimRef = refs.next();
        String keyId = keys.activeKeyId();
        byte[] sealed = cipher.encrypt(keys.activeKey(), serialise(new VictimIdentity.Sealed(
                identity.fullName().strip(), identity.dateOfBirth(), identity.nationality(),
                identity.documentNumber() == null ? null : identity.documentNumber().strip(),
                null, null)),
            StoredVictim.associatedData(victimRef, caseId, keyId));
        records.insert(new StoredVictim(victimRef, caseId, identity.ageBand(),
            identity.questionedAsChild(), !THAI.equals(identity.nationality()), keyId, sealed,
            user, clock.instant()));
        audit.record(victimRef, caseId, user, Action.WRITE);
        victimRefs.add(victimRef);
      }
      tellProcess(file);
    });
    LOG.info("{} screened victim(s) recorded on case {} by {}", victimRefs.size(), caseId, user);
    return victimRefs;
  }

  /** A victim's identity, for those the endpoint's rule let in; the read is audited. */
  public VictimIdentity read(String victimRef, String user) {
    StoredVictim victim = records.find(victimRef).orElseThrow(() ->
        new NotFoundException(VictimOwners.noVictim(victimRef)));
    VictimIdentity.Sealed identity = open(victim);
    audit.record(victimRef, victim.caseId(), user, Action.READ);
    return new VictimIdentity(victimRef, victim.caseId(), identity.fullName(),
        identity.dateOfBirth(), identity.nationality(), identity.documentNumber(),
        identity.contact(), identity.guardian(), victim.ageBand().value(), victim.child(),
        victim.foreign(), victim.recordedBy(), victim.recordedAt());
  }

  /**
   * Re-encrypts every record under the active key (after a rotation), the vault's own and the
   * rows other features seal under its keys ({@link VaultSealedRows}: a screening list's
   * people), so older keys can be retired. Plaintext exists only in memory; answers how many
   * moved, in all ({@code rekeyed}) and by kind ({@code victims}, {@code screeningPeople}).
   */
  public java.util.Map<String, Integer> rekey(String administrator) {
    int moved = 0;
    for (String victimRef : records.notUnderKey(keys.activeKeyId())) {
      transaction.executeWithoutResult(status -> {
        StoredVictim victim = records.find(victimRef).orElseThrow();
        byte[] plaintext = cipher.decrypt(keyOf(victim), victim.ciphertext(),
            victim.associatedData());
        String keyId = keys.activeKeyId();
        records.rekey(victimRef, keyId, cipher.encrypt(keys.activeKey(), plaintext,
            StoredVictim.associatedData(victimRef, victim.caseId(), keyId)), clock.instant());
        audit.record(victimRef, victim.caseId(), administrator, Action.REKEY);
      });
      moved++;
    }
    LOG.info("Victim vault: {} record(s) re-encrypted under key {}", moved, keys.activeKeyId());
    java.util.Map<String, Integer> answer = new java.util.LinkedHashMap<>();
    answer.put("victims", moved);
    int total = moved;
    for (VaultSealedRows rows : sealedElsewhere) {
      int rekeyed = rows.rekey(keys);
      answer.merge(rows.kind(), rekeyed, Integer::sum);
      total += rekeyed;
    }
    answer.put("rekeyed", total);
    return answer;
  }

  /** Every refused read and write of the vault is audited, with who and which case. */
  @EventListener
  public void refused(CaseAccessRefused refusal) {
    if (refusal.rule() == AccessRule.CASE_VICTIMS) {
      audit.record(refusal.resourceId(), refusal.caseId(), refusal.userId(),
          refusal.write() ? Action.WRITE_DENIED : Action.READ_DENIED);
    }
  }

  /**
   * The case's process gets its victims' counts (all, children, foreign), never a list: the
   * vault no longer rereads every victim of the case and rewrites a JSON list of them on each
   * addition (issue 17).
   */
  private void tellProcess(CaseFile file) {
    if (file.processInstanceId() == null) {
      return;
    }
    VictimRecords.VictimCounts counts = records.countsOf(file.caseId());
    engine.asSystem(() -> {
      if (runtimeService.createProcessInstanceQuery()
          .processInstanceId(file.processInstanceId()).count() > 0) {
        runtimeService.setVariables(file.processInstanceId(), java.util.Map.of(
            VictimIdentificationProcess.VAR_VICTIM_COUNT, counts.victims(),
            VictimIdentificationProcess.VAR_CHILD_VICTIM_COUNT, counts.children(),
            VictimIdentificationProcess.VAR_FOREIGN_VICTIM_COUNT, counts.foreign()));
      }
    });
  }

  private VictimIdentity.Sealed open(StoredVictim victim) {
    byte[] plaintext = cipher.decrypt(keyOf(victim), victim.ciphertext(), victim.associatedData());
    try {
      return json.readValue(plaintext, VictimIdentity.Sealed.class);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private javax.crypto.SecretKey keyOf(StoredVictim victim) {
    return keys.key(victim.keyId()).orElseThrow(() -> new IllegalStateException(
        "Vault key " + victim.keyId() + " of victim " + victim.victimRef() + " is not loaded"));
  }

  private byte[] serialise(Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (JsonProcessingException failure) {
      throw new IllegalStateException("Cannot serialise a vault record", failure);
    }
  }
}
