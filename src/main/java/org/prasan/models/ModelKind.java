package org.prasan.models;

/** What a deployed definition is. */
public enum ModelKind {
  PROCESS,
  DECISION,
  FORM
}
