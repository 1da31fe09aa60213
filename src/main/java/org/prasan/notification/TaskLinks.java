package org.prasan.notification;

import org.springframework.stereotype.Component;

/** Links into the Tasklist, for e-mails and the API. */
@Component
public class TaskLinks {

  private final NotificationProperties properties;

  public TaskLinks(NotificationProperties properties) {
    this.properties = properties;
  }

  public String toTask(String taskId) {
    return properties.publicUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
