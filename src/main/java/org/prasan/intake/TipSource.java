package org.prasan.intake;

/** Where a tip-off came from. */
public enum TipSource {
  HOTLINE,
  NCMEC_CYBERTIPLINE,
  NGO,
  FOREIGN_AGENCY,
  LABOUR_INSPECTION,
  ONLINE_PATROL,
  /**
   * Coordinators opened the case for victims identified in a mass screening, grouped by their
   * compound, recruiter or network (screening's groupings); the triage agency triages it as any.
   */
  SCREENING_OPERATION
}
