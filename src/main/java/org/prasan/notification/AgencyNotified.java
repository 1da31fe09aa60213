package org.prasan.notification;

/**
 * Published after an agency was told something about a case (and the notification stored), so
 * a delivery channel such as e-mail can pick it up without the claims code knowing about it.
 */
public record AgencyNotified(long notificationId, String caseId, String agency, String subject,
                             String body) {
}
