package org.prasan.intake;

/** The answer to a tip: the case it became. {@code created} is false for a repeated tip. */
public record TipAccepted(String caseId, String processInstanceId, boolean created) {
}
