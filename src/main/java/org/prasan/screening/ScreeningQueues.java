package org.prasan.screening;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.prasan.agency.TasklistFilters;
import org.prasan.system.EngineAccess;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The screening teams' Tasklist queues: one shared filter per site and language ("คิวคัดแยก
 * ตาก ภาษาพม่า / Screening queue ตาก, Burmese (my)"), read only by the screening teams
 * ({@link #TEAMS}). A queue holds the unclaimed person-screening tasks of the officer's own
 * groups at that site in that language (the person's first listed language, then the
 * interpreter's), soonest hold end first (each task's follow-up date is its person's {@code
 * holdEndsAt}). The screening tasks carry their queue as one more candidate group ({@link
 * #group}, from the process variable {@code screeningQueue} in the BPMN's candidateGroups): a
 * queue asks that indexed identity link, not the process variables {@code screeningSite} and
 * {@code screeningLanguage} (8.9 s a page at 10,000 open tasks on MariaDB; docs/benchmarks.md).
 * The group is a label: nobody is a member and it is granted nothing, so an officer sees in a
 * queue only the tasks the grants of their own teams let them read. Created at start-up for
 * the configured sites and their languages, and after each import for the operation's site and
 * the languages of its people.
 */
@Component
class ScreeningQueues {

  /** MDT/MSDHS screening: the teams that take the next person from a queue. */
  static final List<String> TEAMS = List.of("mdt", "mdt-sup", "msdhs", "msdhs-sup");
  static final int PRIORITY = 10;
  /** The queue groups' name: {@code screening-queue:<site>:<language>}. */
  private static final String QUEUE = "screening";
  /** Shown on each task of a queue: refs and codes, never a name. */
  static final List<Map<String, String>> SHOWN = List.of(
      Map.of("name", PersonScreeningProcess.VAR_PERSON_REF, "label", "รหัสบุคคล / Person ref"),
      Map.of("name", PersonScreeningProcess.VAR_AGE_BAND, "label", "ช่วงอายุ / Age band"),
      Map.of("name", PersonScreeningProcess.VAR_PERSON_LANGUAGES,
          "label", "ภาษา / Languages"),
      Map.of("name", PersonScreeningProcess.VAR_HOLD_ENDS_AT,
          "label", "สิ้นสุดการควบคุมตัว / Hold ends"));

  private final TasklistFilters filters;
  private final TaskService taskService;
  private final ScreeningProperties properties;
  private final JdbcClient jdbc;
  private final EngineAccess engine;

  ScreeningQueues(TasklistFilters filters, TaskService taskService,
                  ScreeningProperties properties, JdbcClient jdbc, EngineAccess engine) {
    this.filters = filters;
    this.engine = engine;
    this.taskService = taskService;
    this.properties = properties;
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(4)
  public void configuredSites() {
    properties.sites().forEach((site, capacity) -> {
      Set<String> languages = new TreeSet<>(properties.noInterpreter());
      languages.addAll(capacity.interpreters().keySet());
      ensure(site, languages);
    });
  }

  /** The queues of an operation's site for the languages its people speak first. */
  void ofOperation(Operation operation) {
    List<String> languages = jdbc.sql("""
            SELECT DISTINCT languages FROM screening_person WHERE operation_id = ?""")
        .param(operation.operationId()).query(String.class).list();
    Set<String> first = new TreeSet<>(properties.noInterpreter());
    languages.forEach(listed -> first.add(firstLanguage(listed)));
    // The importing officer may not create filters: the queues are the system's.
    engine.withoutCaller(() -> ensure(operation.site(), first));
  }

  /** Ensures one queue per language at the site; answers the filters' ids. */
  List<String> ensure(String site, Collection<String> languages) {
    return languages.stream().map(language -> filters.ensure(name(site, language), PRIORITY,
        "Unclaimed screening tasks at " + site + " in " + english(language)
            + ", soonest hold end first", SHOWN, query(site, language), TEAMS)).toList();
  }

  /** The queue group of a site and a language, e.g. {@code screening-queue:ตาก:my}. */
  static String group(String site, String language) {
    return TasklistFilters.queueGroup(QUEUE, site, language);
  }

  /**
   * Links once the open screening tasks created before the queue groups (or by a process of an
   * older definition, whose BPMN does not name the group) to their queue. Idempotent: a task
   * already linked is not read again.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Order(5)
  public void linkEarlierTasks() {
    List<Map<String, Object>> unlinked = jdbc.sql("""
            SELECT T.ID_ AS task, S.TEXT_ AS site, L.TEXT_ AS language
            FROM ACT_RU_TASK T
            JOIN ACT_RE_PROCDEF D ON D.ID_ = T.PROC_DEF_ID_ AND D.KEY_ = ?
            JOIN ACT_RU_VARIABLE S ON S.EXECUTION_ID_ = T.PROC_INST_ID_ AND S.NAME_ = ?
            JOIN ACT_RU_VARIABLE L ON L.EXECUTION_ID_ = T.PROC_INST_ID_ AND L.NAME_ = ?
            WHERE T.TASK_DEF_KEY_ IN (?, ?, ?)
              AND NOT EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I
                WHERE I.TASK_ID_ = T.ID_ AND I.GROUP_ID_ LIKE ?)""")
        .params(PersonScreeningProcess.KEY, PersonScreeningProcess.VAR_SCREENING_SITE,
            PersonScreeningProcess.VAR_SCREENING_LANGUAGE,
            PersonScreeningProcess.TASK_SCREEN_PERSON, PersonScreeningProcess.TASK_SCREEN_CHILD,
            PersonScreeningProcess.TASK_ARRANGE_MORE_TIME, TasklistFilters.queueGroup(QUEUE) + "%")
        .query().listOfRows();
    engine.withoutCaller(() -> {
      unlinked.forEach(row -> taskService.addCandidateGroup((String) row.get("task"),
          group((String) row.get("site"), (String) row.get("language"))));
      return unlinked.size();
    });
  }

  static String firstLanguage(String languages) {
    int separator = languages.indexOf(';');
    return separator < 0 ? languages : languages.substring(0, separator);
  }

  static String name(String site, String language) {
    return "คิวคัดแยก " + site + " ภาษา" + Locale.forLanguageTag(language)
        .getDisplayLanguage(Locale.forLanguageTag("th")) + " / Screening queue " + site + ", "
        + english(language);
  }

  private static String english(String language) {
    return Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH) + " (" + language
        + ")";
  }

  private TaskQuery query(String site, String language) {
    return taskService.createTaskQuery()
        .processDefinitionKey(PersonScreeningProcess.KEY)
        // Unclaimed tasks of the queue; the grants keep them to the officer's own teams.
        .taskCandidateGroup(group(site, language))
        .active()
        .orderByFollowUpDate().asc();
  }
}
