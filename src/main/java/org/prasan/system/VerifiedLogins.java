package org.prasan.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

  private final long ttlNanos;
  private final byte[] key = new byte[32];
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  public VerifiedLogins(@Value("${prasan.security.login-cache-ttl:PT10S}") Duration ttl) {
    this.ttlNanos = ttl.toNanos();
    new SecureRandom().nextBytes(key);
  }

  // System.nanoTime, not the injected Clock: the engine clock is moved by process tests and
  // by operators, and this lifetime is of a cache, not a business time.
  private record Entry(byte[] password, List<String> groups, long until) {
  }

  /** The groups of a login verified less than the TTL ago with this very password. */
  public Optional<List<String>> groupsOf(String userId, String password) {
    if (ttlNanos <= 0) {
      return Optional.empty();
    }
    Entry entry = entries.get(userId);
    if (entry == null || System.nanoTime() - entry.until() > 0) {
      return Optional.empty();
    }
    return MessageDigest.isEqual(entry.password(), mac(userId, password))
        ? Optional.of(entry.groups()) : Optional.empty();
  }

  public void remember(String userId, String password, List<String> groups) {
    if (ttlNanos <= 0) {
      return;
    }
    if (entries.size() >= MAX_USERS) {
      entries.clear();
    }
    entries.put(userId, new Entry(mac(userId, password), List.copyOf(groups),
        System.nanoTime() + ttlNanos));
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
