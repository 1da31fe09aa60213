package org.prasan.agency;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * Shared Tasklist filters and who may see them. Each filter is granted READ to the groups that
 * need it, one grant per filter: no group reads every filter, so a queue of one agency (the
 * screening teams' queues per site and language) is not in another agency's Tasklist. Names
 * are bilingual, Thai first: a filter's name is data, shown as stored whatever the browser's
 * language. Idempotent: a restart or a second node creates nothing twice.
 */
@Service
public class TasklistFilters {

  private final FilterService filterService;
  private final AuthorizationService authorizations;

  /** Marks a queue group: {@code <queue>-queue:<key>:<key>}. */
  static final String QUEUE_MARK = "-queue:";
  /** Camunda's group ids are at most 64 characters. */
  static final int GROUP_ID_MAX = 64;

  /**
   * A queue group: a label a task carries as one more candidate group so that a filter can
   * ask for a queue by an indexed identity link ({@code taskCandidateGroup}) instead of process
   * variables. Nobody is a member and the engine grants it nothing
   * ({@link AgencyTaskAuthorizations}): who sees a queue's tasks is still decided by the
   * tasks' own candidate groups. Readable in the Tasklist (e.g. {@code
   * screening-queue:ตาก:my}); a key too long for 64 characters is cut and given a hash.
   */
  public static String queueGroup(String queue, String... keys) {
    String id = queue + QUEUE_MARK + String.join(":", keys);
    if (id.length() <= GROUP_ID_MAX) {
      return id;
    }
    String hash = java.util.HexFormat.of().formatHex(sha256(id), 0, 4);
    return id.substring(0, GROUP_ID_MAX - hash.length() - 1) + "~" + hash;
  }

  /** True for a group made by {@link #queueGroup}: a label, never a team. */
  public static boolean isQueueGroup(String groupId) {
    return groupId != null && groupId.contains(QUEUE_MARK);
  }

  private static byte[] sha256(String text) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  public TasklistFilters(FilterService filterService, AuthorizationService authorizations) {
    this.filterService = filterService;
    this.authorizations = authorizations;
  }

  /**
   * The filter of this name (created with this query if missing, given this query if it asks
   * another), readable by the groups.
   */
  public String ensure(String name, int priority, String description, TaskQuery query,
                       Collection<String> groups) {
    return ensure(name, priority, description, List.of(), query, groups);
  }

  /**
   * As {@link #ensure(String, int, String, TaskQuery, Collection)}, the Tasklist showing these
   * process variables on each task of the list ({@code name}, bilingual {@code label}).
   */
  public String ensure(String name, int priority, String description,
                       List<Map<String, String>> shownVariables, TaskQuery query,
                       Collection<String> groups) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      // A database from before the bilingual names keeps its filter (and the officers' choice
      // of it) under the new name, rather than getting a second one.
      int english = name.indexOf(" / ");
      Filter older = english < 0 ? null : filterService.createFilterQuery()
          .filterName(name.substring(english + 3)).singleResult();
      filter = older != null ? older.setName(name) : filterService.newTaskFilter(name)
          .setProperties(Map.of("priority", priority, "description", description,
              "refresh", true, "variables", shownVariables))
          .setQuery(query);
      filterService.saveFilter(filter);
    } else if (!json(filter.getQuery()).equals(json(query))) {
      // The system's query changed (issue 17: a queue by its group, not process variables):
      // the filter keeps its id, name and grants, and asks the new query.
      filterService.saveFilter(filter.setQuery(query));
    }
    for (String group : groups) {
      grantRead(filter.getId(), group);
    }
    return filter.getId();
  }

  private static String json(TaskQuery query) {
    return new org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter()
        .toJsonObject(query).toString();
  }

  private void grantRead(String filterId, String group) {
    boolean granted = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group)
        .resourceType(Resources.FILTER).resourceId(filterId)
        .hasPermission(Permissions.READ).count() > 0;
    if (!granted) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(Resources.FILTER);
      grant.setResourceId(filterId);
      grant.addPermission(Permissions.READ);
      authorizations.saveAuthorization(grant);
    }
  }
}
