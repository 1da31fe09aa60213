package org.prasan.screening;

import java.time.Instant;
import java.util.Map;

/**
 * {@code GET /api/screenings/{operationId}}: the operation and its counts. {@code children}
 * are under 18 (the Anti-TIP Act's child); {@code screened} have an outcome other than "needs
 * more time"; a hold runs until its person is screened or its end has passed;
 * {@code processesStarted} shows how far the processes of an import have started.
 */
public record OperationCounts(String operationId, String name, String site, Instant receivedAt,
                              String handedOverBy, String leadAgency, Instant asOf,
                              long received, long statusChecked, long warrantHits,
                              long screened, long victims, long victimOffenders,
                              long notVictims, long children, long holdsRunning,
                              long holdsEndingWithin6h, long extensions, long processesStarted,
                              Map<String, Long> byLanguage, Map<String, Long> byNationality) {
}
