package org.prasan.intake;

/** Where a tip-off came from. */
public enum TipSource {
  HOTLINE,
  NCMEC_CYBERTIPLINE,
  NGO,
  FOREIGN_AGENCY,
  LABOUR_INSPECTION,
  ONLINE_PATROL
}
