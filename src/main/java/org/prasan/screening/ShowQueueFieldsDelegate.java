package org.prasan.screening;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the values a screening queue shows (person ref, age band, languages, hold end: refs and
 * codes, never a name) on the queued task itself when it is created. A Tasklist filter's shown
 * variables are read with the engine's variable query, which lets an officer read a process
 * instance's variables only with a grant on that instance or its definition; officers are
 * granted their tasks, not the people's processes, so without these copies every queue showed
 * its columns empty. A task's own variables are read with the grant on the task, which is
 * exactly the officer's access decision for the person.
 */
@Component
public class ShowQueueFieldsDelegate implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> shown = new HashMap<>();
    for (Map<String, String> field : ScreeningQueues.SHOWN) {
      String name = field.get("name");
      Object value = task.getVariable(name);
      if (value != null) {
        shown.put(name, value);
      }
    }
    task.setVariablesLocal(shown);
  }
}
