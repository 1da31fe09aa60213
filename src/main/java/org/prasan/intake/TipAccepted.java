package org.prasan.intake;

import java.util.List;

/**
 * The answer to a tip: the case it became. {@code created} is false for a repeated tip;
 * {@code overlapsWith} lists the open cases that share an identifier with it.
 */
public record TipAccepted(String caseId, String processInstanceId, boolean created,
                          List<String> overlapsWith) {
}
