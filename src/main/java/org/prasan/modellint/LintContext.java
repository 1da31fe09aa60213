package org.prasan.modellint;

/** The models of a lint run and what they are checked against. */
public record LintContext(ModelSet models, LintEnvironment environment) {
}
