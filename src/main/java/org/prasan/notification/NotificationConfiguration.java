package org.prasan.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The mail outbox is sent by a scheduled task ({@link OutboxSender}), never on a request. */
@Configuration
@EnableScheduling
public class NotificationConfiguration {
}
