package org.prasan.casefile;

/** Whether a case is still being worked. */
public enum CaseStatus {
  OPEN,
  CLOSED
}
