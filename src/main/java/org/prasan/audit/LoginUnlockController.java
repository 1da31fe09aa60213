package org.prasan.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.prasan.agency.Actor;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.system.Bilingual;
import org.prasan.system.EngineAccess;
import org.prasan.system.LoginThrottle;
import org.prasan.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator's unlock (issue 15, item 8): failed logins make a user wait per source
 * ({@link LoginThrottle}, never for good); an administrator who has checked with the user lets
 * them try again at once from everywhere. Every unlock is recorded with who made it and when.
 */
@RestController
public class LoginUnlockController {

  private final LoginThrottle throttle;
  private final IdentityService identityService;
  private final EngineAccess engine;
  private final JdbcClient jdbc;
  private final Clock clock;

  public LoginUnlockController(LoginThrottle throttle, IdentityService identityService,
                               EngineAccess engine, JdbcClient jdbc, Clock clock) {
    this.throttle = throttle;
    this.identityService = identityService;
    this.engine = engine;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One recorded unlock. */
  public record Unlock(String userId, int sources, String unlockedBy, Instant unlockedAt) {
  }

  @GetMapping(path = "/api/admin/login-throttle", produces = "application/json")
  @Access(AccessRule.ADMINISTRATORS)
  @Operation(summary = "Users and source addresses that failed logins make wait now, and until "
      + "when; for administrators")
  public List<LoginThrottle.Waiting> waiting() {
    return throttle.waiting();
  }

  @DeleteMapping(path = "/api/admin/login-throttle/{userId}")
  @Access(AccessRule.ADMINISTRATORS)
  @Transactional
  @Operation(summary = "Let a user try their password again at once, from every source; "
      + "recorded with who did it", description = "204; 404 when there is no such user.")
  public ResponseEntity<Void> unlock(@PathVariable String userId, Actor caller) {
    boolean known = engine.asSystem(() ->
        identityService.createUserQuery().userId(userId).count() > 0);
    if (!known) {
      throw new NotFoundException(Bilingual.of("ไม่มีผู้ใช้ " + userId, "No user " + userId));
    }
    int sources = throttle.clear(userId);
    // Camunda's own lock is off; cleared too, for a user locked before it was.
    engine.asSystem(() -> identityService.unlockUser(userId));
    jdbc.sql("""
            INSERT INTO login_unlock (user_id, sources, unlocked_by, unlocked_at)
            VALUES (:user, :sources, :by, :at)""")
        .param("user", userId)
        .param("sources", sources)
        .param("by", caller.userId())
        .param("at", Timestamp.from(clock.instant()))
        .update();
    return ResponseEntity.noContent().build();
  }

  @GetMapping(path = "/api/admin/login-unlocks", produces = "application/json")
  @Access(AccessRule.ADMINISTRATORS)
  @Operation(summary = "Every unlock, latest first, with who made it; for administrators")
  public List<Unlock> unlocks() {
    return jdbc.sql("""
            SELECT user_id, sources, unlocked_by, unlocked_at FROM login_unlock
            ORDER BY id DESC""")
        .query((rs, row) -> new Unlock(rs.getString("user_id"), rs.getInt("sources"),
            rs.getString("unlocked_by"), rs.getTimestamp("unlocked_at").toInstant()))
        .list();
  }
}
