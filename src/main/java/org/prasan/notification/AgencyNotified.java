package org.prasan.notification;

import org.prasan.system.Bilingual;

/**
 * Published, in the transaction that told it, after an agency was told something about a case
 * (and the notification stored), so a delivery channel such as e-mail can pick it up without
 * the claims or escalation code knowing about it.
 */
public record AgencyNotified(long notificationId, String caseId, String agency,
                             Bilingual subject, Bilingual body) {
}
