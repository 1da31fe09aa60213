package org.prasan.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code prasan.notifications}: e-mail to the members of the group a task or an escalation is
 * for. Off by default: the demo has no mail server.
 *
 * @param mailEnabled   send e-mail at all
 * @param from          sender address
 * @param announceTasks also mail when a new task waits for a group, not only escalations
 * @param publicUrl     address officers open Prasan at, for links in e-mails
 * @param outbox        how the mail outbox is sent and retried
 */
@ConfigurationProperties("prasan.notifications")
public record NotificationProperties(boolean mailEnabled, String from, boolean announceTasks,
                                     String publicUrl, Outbox outbox) {

  public NotificationProperties {
    from = from == null ? "prasan@localhost" : from;
    publicUrl = publicUrl == null ? "http://localhost:8080" : stripSlash(publicUrl);
    outbox = outbox == null ? new Outbox(null, null, null, 0, 0) : outbox;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * {@code prasan.notifications.outbox}.
   *
   * @param lease       how long a node owns a mail it is sending: a node that dies mid-send
   *                    leaves it to the others after this
   * @param firstRetry  wait after the first failed attempt; doubled after each further one
   * @param maxRetry    the longest wait between two attempts
   * @param maxAttempts attempts before the mail is marked FAILED (shown to administrators)
   * @param batch       mails sent per run of the sender at most
   */
  public record Outbox(Duration lease, Duration firstRetry, Duration maxRetry, int maxAttempts,
                       int batch) {

    public Outbox {
      lease = lease == null ? Duration.ofMinutes(5) : lease;
      firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
      maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
      maxAttempts = maxAttempts <= 0 ? 12 : maxAttempts;
      batch = batch <= 0 ? 50 : batch;
    }

    /** The wait after {@code attempts} failed attempts: 1, 2, 4 ... minutes up to maxRetry. */
    public Duration retryAfter(int attempts) {
      Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
      return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
  }
}
