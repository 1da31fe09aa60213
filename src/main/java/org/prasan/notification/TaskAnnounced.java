package org.prasan.notification;

import java.time.Instant;
import java.util.List;

/** A new task waits for these groups; published so the mail channel can tell their members. */
public record TaskAnnounced(String taskId, String taskName, String caseId, List<String> groups,
                            Instant dueAt) {
}
