package org.prasan.victim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.prasan.agency.AgencyMembership;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseStatus;
import org.prasan.system.EngineAccess;
import org.prasan.victim.VictimAccessLog.Action;
import org.prasan.victim.VictimRecords.StoredVictim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * The victim vault. Identities are written and read only by the vault's agencies (msdhs, mdt,
 * oag-tip by default) and by officers of the case's lead agency; every read, write and refusal
 * is audited. The case's process learns the pseudonymous reference, the age band and the
 * flags, nothing else; log lines name the reference and the case only.
 */
@Service
public class VictimVault {

  private static final Logger LOG = LoggerFactory.getLogger(VictimVault.class);
  static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");
  static final String THAI = "TH";

  private final CaseFileRepository cases;
  private final VictimRecords records;
  private final VictimAccessLog audit;
  private final VaultCipher cipher;
  private final VaultKeyRing keys;
  private final VictimRefs refs;
  private final VaultProperties properties;
  private final ObjectMapper json;
  private final RuntimeService runtimeService;
  private final EngineAccess engine;
  private final TransactionTemplate transaction;

  public VictimVault(CaseFileRepository cases, VictimRecords records, VictimAccessLog audit,
                     VaultCipher cipher, VaultKeyRing keys, VictimRefs refs,
                     VaultProperties properties, ObjectMapper json, RuntimeService runtimeService,
                     EngineAccess engine, TransactionTemplate transaction) {
    this.cases = cases;
    this.records = records;
    this.audit = audit;
    this.cipher = cipher;
    this.keys = keys;
    this.refs = refs;
    this.properties = properties;
    this.json = json;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.transaction = transaction;
  }

  /** Records a victim of the case; answers the new pseudonymous reference. */
  public String record(String caseId, VictimIdentityRequest request, Authentication caller) {
    CaseFile file = cases.findById(caseId).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + caseId));
    if (!mayAccess(caller, file)) {
      audit.record(null, caseId, caller.getName(), Action.WRITE_DENIED);
      throw forbidden(caller);
    }
    if (file.status() != CaseStatus.OPEN) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + caseId + " is closed");
    }
    String victimRef = refs.next();
    AgeBand band = AgeBand.of(request.dateOfBirth(), LocalDate.now(THAILAND));
    String keyId = keys.activeKeyId();
    byte[] sealed = cipher.encrypt(keys.activeKey(), serialise(VictimIdentity.Sealed.of(request)),
        StoredVictim.associatedData(victimRef, caseId, keyId));
    StoredVictim victim = new StoredVictim(victimRef, caseId, band, band.child(),
        !THAI.equals(request.nationality()), keyId, sealed, caller.getName(), Instant.now());
    transaction.executeWithoutResult(status -> {
      records.insert(victim);
      audit.record(victimRef, caseId, caller.getName(), Action.WRITE);
      tellProcess(file);
    });
    LOG.info("Victim {} recorded on case {} by {}", victimRef, caseId, caller.getName());
    return victimRef;
  }

  /** A victim's identity, for those who may read it; the read is audited. */
  public VictimIdentity read(String victimRef, Authentication caller) {
    StoredVictim victim = records.find(victimRef).orElse(null);
    if (victim == null) {
      audit.record(victimRef, null, caller.getName(), Action.READ_DENIED);
      if (isVaultAgency(caller)) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No victim " + victimRef);
      }
      throw forbidden(caller);
    }
    CaseFile file = cases.findById(victim.caseId()).orElseThrow();
    if (!mayAccess(caller, file)) {
      audit.record(victimRef, victim.caseId(), caller.getName(), Action.READ_DENIED);
      throw forbidden(caller);
    }
    VictimIdentity.Sealed identity = open(victim);
    audit.record(victimRef, victim.caseId(), caller.getName(), Action.READ);
    return new VictimIdentity(victimRef, victim.caseId(), identity.fullName(),
        identity.dateOfBirth(), identity.nationality(), identity.documentNumber(),
        identity.contact(), identity.guardian(), victim.ageBand().value(), victim.child(),
        victim.foreign(), victim.recordedBy(), victim.recordedAt());
  }

  /**
   * Re-encrypts every record under the active key (after a rotation), so older keys can be
   * retired. Plaintext exists only in this method's memory; answers how many moved.
   */
  public int rekey(String administrator) {
    int moved = 0;
    for (String victimRef : records.notUnderKey(keys.activeKeyId())) {
      transaction.executeWithoutResult(status -> {
        StoredVictim victim = records.find(victimRef).orElseThrow();
        byte[] plaintext = cipher.decrypt(keyOf(victim), victim.ciphertext(),
            victim.associatedData());
        String keyId = keys.activeKeyId();
        records.rekey(victimRef, keyId, cipher.encrypt(keys.activeKey(), plaintext,
            StoredVictim.associatedData(victimRef, victim.caseId(), keyId)), Instant.now());
        audit.record(victimRef, victim.caseId(), administrator, Action.REKEY);
      });
      moved++;
    }
    LOG.info("Victim vault: {} record(s) re-encrypted under key {}", moved, keys.activeKeyId());
    return moved;
  }

  boolean mayAccess(Authentication caller, CaseFile file) {
    Set<String> agencies = AgencyMembership.agenciesOf(caller);
    return isVaultAgency(caller)
        || (file.leadAgency() != null && agencies.contains(file.leadAgency()));
  }

  private boolean isVaultAgency(Authentication caller) {
    return AgencyMembership.agenciesOf(caller).stream().anyMatch(properties.readers()::contains);
  }

  /** The case's process gets the references, age bands and flags of all its victims. */
  private void tellProcess(CaseFile file) {
    if (file.processInstanceId() == null) {
      return;
    }
    List<VictimSummary> victims = records.ofCase(file.caseId()).stream()
        .map(victim -> new VictimSummary(victim.victimRef(), victim.ageBand().value(),
            victim.child(), victim.foreign()))
        .toList();
    String summary = new String(serialise(victims), java.nio.charset.StandardCharsets.UTF_8);
    engine.asSystem(() -> {
      if (runtimeService.createProcessInstanceQuery()
          .processInstanceId(file.processInstanceId()).count() > 0) {
        runtimeService.setVariable(file.processInstanceId(),
            VictimIdentificationProcess.VAR_VICTIMS, SpinValues.jsonValue(summary).create());
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

  private static ResponseStatusException forbidden(Authentication caller) {
    return new ResponseStatusException(HttpStatus.FORBIDDEN, caller.getName()
        + " may not read or write victims' identities on this case");
  }

  /** What the process carries of a victim. */
  public record VictimSummary(String victimRef, String ageBand, boolean child, boolean foreign) {
  }
}
