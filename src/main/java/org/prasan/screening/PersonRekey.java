package org.prasan.screening;

import java.util.Arrays;
import java.util.List;
import javax.crypto.SecretKey;
import org.prasan.victim.VaultCipher;
import org.prasan.victim.VaultKeyRing;
import org.prasan.victim.VaultSealedRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code POST /api/vault/rekey} for a screening list's people: each row still sealed under an
 * older vault key is opened in memory and sealed again under the active key, bound anew to its
 * person, operation and key ({@link PersonSeals#associatedData}), 200 rows a transaction. A row
 * changed meanwhile (a list sent again seals under the active key) is left as it is. The
 * links a screening recorded ({@link PersonLinks}: compound, recruiter, network) likewise. Logs
 * counts only.
 */
@Component
class PersonRekey implements VaultSealedRows {

  private static final Logger LOG = LoggerFactory.getLogger(PersonRekey.class);
  static final int BATCH = 200;

  private final JdbcClient jdbc;
  private final VaultCipher cipher;
  private final TransactionTemplate transaction;

  PersonRekey(JdbcClient jdbc, VaultCipher cipher, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.transaction = transaction;
  }

  @Override
  public String kind() {
    return "screeningPeople";
  }

  @Override
  public int rekey(VaultKeyRing keys) {
    int moved = rekey(keys, "screening_person", "identity_ciphertext",
        PersonSeals::associatedData);
    int links = rekey(keys, "screening_person_link", "links_ciphertext",
        PersonLinks::associatedData);
    LOG.info("Screening: {} listed person(s) and {} screening link row(s) re-encrypted under "
        + "vault key {}", moved, links, keys.activeKeyId());
    return moved + links;
  }

  /** The rows of one table sealed under an older key, bound as {@code bound} binds them. */
  private int rekey(VaultKeyRing keys, String table, String column, Binding bound) {
    String active = keys.activeKeyId();
    int moved = 0;
    String after = "";
    while (true) {
      List<Sealed> rows = jdbc.sql("SELECT person_ref, operation_id, key_id, " + column
              + " FROM " + table + " WHERE key_id <> :active AND person_ref > :after"
              + " ORDER BY person_ref LIMIT " + BATCH)
          .param("active", active).param("after", after)
          .query((rs, row) -> new Sealed(rs.getString("person_ref"),
              rs.getString("operation_id"), rs.getString("key_id"), rs.getBytes(column)))
          .list();
      if (rows.isEmpty()) {
        break;
      }
      moved += transaction.execute(status -> {
        int done = 0;
        for (Sealed row : rows) {
          SecretKey old = keys.key(row.keyId()).orElseThrow(() -> new IllegalStateException(
              "Vault key " + row.keyId() + " of screened person " + row.personRef()
                  + " is not loaded"));
          byte[] plaintext = cipher.decrypt(old, row.ciphertext(),
              bound.of(row.personRef(), row.operationId(), row.keyId()));
          byte[] resealed = cipher.encrypt(keys.activeKey(), plaintext,
              bound.of(row.personRef(), row.operationId(), active));
          Arrays.fill(plaintext, (byte) 0);
          done += jdbc.sql("UPDATE " + table + " SET key_id = :active, " + column
                  + " = :sealed WHERE person_ref = :ref AND key_id = :old")
              .param("active", active).param("sealed", resealed)
              .param("ref", row.personRef()).param("old", row.keyId())
              .update();
        }
        return done;
      });
      after = rows.get(rows.size() - 1).personRef();
    }
    return moved;
  }

  @FunctionalInterface
  private interface Binding {
    String of(String personRef, String operationId, String keyId);
  }

  private record Sealed(String personRef, String operationId, String keyId, byte[] ciphertext) {
  }
}
