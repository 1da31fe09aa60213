package org.prasan.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code prasan.notifications}: e-mail to the members of the group a task or an escalation is
 * for. Off by default: the demo has no mail server.
 *
 * @param mailEnabled   send e-mail at all
 * @param from          sender address
 * @param announceTasks also mail when a new task waits for a group, not only escalations
 * @param publicUrl     address officers open Prasan at, for links in e-mails
 */
@ConfigurationProperties("prasan.notifications")
public record NotificationProperties(boolean mailEnabled, String from, boolean announceTasks,
                                     String publicUrl) {

  public NotificationProperties {
    from = from == null ? "prasan@localhost" : from;
    publicUrl = publicUrl == null ? "http://localhost:8080" : stripSlash(publicUrl);
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
