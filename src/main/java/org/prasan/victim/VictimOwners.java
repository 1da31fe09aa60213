package org.prasan.victim;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.prasan.casefile.CaseId;
import org.prasan.casefile.CaseResources;
import org.prasan.system.Bilingual;
import org.prasan.system.InvalidFieldException;
import org.springframework.stereotype.Component;

/** The case a victim's identity belongs to: what {@code /api/victims/{victimRef}} decides on. */
@Component
public class VictimOwners implements CaseResources {

  static final String VICTIM_REF = "victimRef";
  private static final Pattern SHAPE = Pattern.compile(VictimRefs.PATTERN);

  private final VictimRecords records;

  public VictimOwners(VictimRecords records) {
    this.records = records;
  }

  @Override
  public String pathVariable() {
    return VICTIM_REF;
  }

  /** A malformed reference is refused (400 naming {@code victimRef}) before any lookup. */
  @Override
  public Optional<Owner> ownerOf(String victimRef) {
    if (!SHAPE.matcher(victimRef).matches()) {
      throw new InvalidFieldException(VICTIM_REF, Bilingual.of(
          "ต้องมีรูปแบบเช่น VR-7K3Q-9XMP-2ZTA-H4EC", "must look like VR-7K3Q-9XMP-2ZTA-H4EC"));
    }
    return records.find(victimRef).map(victim -> new Owner(CaseId.of(victim.caseId()),
        Set.of()));
  }

  @Override
  public Bilingual notFound(String victimRef) {
    return noVictim(victimRef);
  }

  static Bilingual noVictim(String victimRef) {
    return Bilingual.of("ไม่พบผู้เสียหาย " + victimRef, "No victim " + victimRef);
  }
}
