package org.prasan.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Mail goes out on Spring Boot's task executor, never on an engine or request thread. */
@Configuration
@EnableAsync
public class NotificationConfiguration {
}
