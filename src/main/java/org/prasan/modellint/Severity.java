package org.prasan.modellint;

/** How bad a finding is: an error stops a deployment, a warning is shown and let through. */
public enum Severity {
  ERROR,
  WARNING
}
