package org.prasan.victim;

import java.util.Set;
import java.util.function.Function;

/**
 * Whether anything about a case's persons says one of them is aged 18 or under, which makes
 * the CPC s.133 bis questioning mandatory before any statement: the screening's answer, the
 * tip's or the triage's child indicator, an age band the team recorded, or a person in the
 * vault aged 18 or under. One sign is enough; none of them can be answered away by another.
 */
public final class ChildSigns {

  private static final Set<String> CHILD_BANDS = Set.of(
      VictimIdentificationProcess.AGE_BAND_UNDER_15, VictimIdentificationProcess.AGE_BAND_15_TO_17,
      VictimIdentificationProcess.AGE_BAND_MIXED);

  private ChildSigns() {
  }

  public static boolean any(Function<String, Object> variables, boolean childInVault) {
    return childInVault
        || VictimIdentificationProcess.YES.equals(
            variables.apply(VictimIdentificationProcess.VAR_CHILD_VICTIM_PRESENT))
        || Boolean.TRUE.equals(variables.apply(VAR_CHILD_INDICATOR))
        || variables.apply(VictimIdentificationProcess.VAR_VICTIM_AGE_BAND) instanceof String band
            && CHILD_BANDS.contains(band);
  }

  /** The tip's indicator, which the triage officer confirms or sets (joint-case). */
  static final String VAR_CHILD_INDICATOR = "childVictim";
}
