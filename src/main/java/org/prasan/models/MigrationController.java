package org.prasan.models;

import jakarta.validation.Valid;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.system.Bilingual;
import org.prasan.system.EngineAccess;
import org.prasan.system.InvalidFieldException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/models/migrations}: a coordinator moves the running cases of a process to
 * a newer (or, to roll back, an older) version. {@code dryRun: true} reports per case what
 * would happen and changes nothing.
 */
@RestController
@RequestMapping("/api/models")
@Access(AccessRule.COORDINATORS)
public class MigrationController {

  private final CaseMigrations migrations;
  private final EngineAccess engine;

  public MigrationController(CaseMigrations migrations, EngineAccess engine) {
    this.migrations = migrations;
    this.engine = engine;
  }

  @PostMapping("/migrations")
  public MigrationReport migrate(@Valid @RequestBody MigrationRequest request) {
    if (request.fromVersion().equals(request.toVersion())) {
      throw new InvalidFieldException("toVersion", Bilingual.of("ต้องต่างจาก fromVersion",
          "must differ from fromVersion"));
    }
    // Coordinators only (the class's @Access); they hold no engine migration grant.
    return engine.withoutCaller(() -> migrations.migrate(request));
  }
}
