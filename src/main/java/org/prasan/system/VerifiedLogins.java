package org.prasan.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic logins this node verified a moment ago, with the user's groups as they were then
 * (issue 20): every API request carries the password, and checking it against the identity
 * service each time cost a password lookup, a group query and their commits, about a third of
 * an officer's statements per task. For {@code prasan.security.login-cache-ttl} (10 s) the same
 * user with the same password is taken as verified with the same groups.
 *
 * <p>Safety: only successes are kept, as an HMAC of the password under a key made at start
 * (never the password); any other password is checked against the identity service. A change of
 * users, groups or memberships made through this node's engine forgets every entry at once
 * ({@link IdentityChanges}); one made on another node takes effect here within the TTL, so a
 * removed membership or a changed password is honoured at most 10 s late. Zero turns it off.
 */
@Component
public class VerifiedLogins implements IdentityCache {

  /** Beyond this many users the map is emptied: a flood of names cannot fill memory. */
  private static final int MAX_USERS = 10_000;

  private final byte[] key = new byte[32];
  private final KeptForAWhile<String, Entry> entries;

  public VerifiedLogins(@Value("${prasan.security.login-cache-ttl:PT10S}") Duration ttl) {
    this.entries = new KeptForAWhile<>(ttl, MAX_USERS);
    new SecureRandom().nextBytes(key);
  }

  private record Entry(byte[] password, List<String> groups) {
  }

  /** The groups of a login verified less than the TTL ago with this very password. */
  public Optional<List<String>> groupsOf(String userId, String password) {
    return entries.get(userId)
        .filter(entry -> MessageDigest.isEqual(entry.password(), mac(userId, password)))
        .map(Entry::groups);
  }

  public void remember(String userId, String password, List<String> groups) {
    if (entries.keepsAnything()) {
      entries.put(userId, new Entry(mac(userId, password), List.copyOf(groups)));
    }
  }

  /** Users, groups or memberships changed: every login is checked again. */
  @Override
  public void forgetAll() {
    entries.clear();
  }

  private byte[] mac(String userId, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(userId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
    }
  }
}
