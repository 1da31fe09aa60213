package org.prasan.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * One authorization check of the engine ({@code isUserAuthorizedForResource}) asked as one plain
 * statement, for the shapes the engine asks it in when revokes are never checked
 * ({@code authorization-check-revokes: never}, issue 20).
 *
 * <p>Why: the engine's mapping builds that statement anew for every check through MyBatis'
 * dynamic SQL (OGNL over up to a dozen nested {@code <if>}s per permission), and a screening
 * clerk's claim and outcome ask a dozen checks: in a profile of 20 clerks that building was
 * 8 % of the request threads' CPU. The answer is the engine's, by its own rules without
 * revokes: a permission is granted when a grant ({@code TYPE_ 1}) of the user or of one of
 * their groups, or a global authorization ({@code TYPE_ 0}, user {@code *}), holds all its
 * bits for the resource type and for the resource's id or {@code *}; a disjunctive check
 * needs one of its parts, a conjunctive one all.
 *
 * <p>Anything else the engine can ask (revokes, a value for "no authorization found", a
 * resource id taken from the query, composites of composites) answers {@code null} from
 * {@link #statementFor}, and the engine asks it its own way.
 */
final class GrantChecks {

  private GrantChecks() {
  }

  /** A check's statement and its parameters in order. */
  record Statement(String sql, List<Object> parameters) {

    boolean ask(Connection connection) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int index = 0; index < parameters.size(); index++) {
          statement.setObject(index + 1, parameters.get(index));
        }
        try (ResultSet row = statement.executeQuery()) {
          return row.next() && row.getInt(1) == 1;
        }
      } catch (SQLException failure) {
        throw new ProcessEngineException("Could not check an authorization", failure);
      }
    }
  }

  /**
   * The statement answering {@code check} for the user and groups, or null where the engine
   * must ask it: only a check of atomic checks, disjunctive or conjunctive, is asked here
   * (a composite of composites keeps the engine's own reading).
   */
  static Statement statementFor(String databaseType, String tablePrefix, String userId,
                                List<String> groupIds, CompositePermissionCheck check) {
    List<Object> parameters = new ArrayList<>();
    String condition = condition(databaseType, tablePrefix, userId, groupIds, check,
        parameters);
    if (condition == null) {
      return null;
    }
    return new Statement("SELECT CASE WHEN " + condition + " THEN 1 ELSE 0 END", parameters);
  }

  private static String condition(String databaseType, String tablePrefix, String userId,
                                  List<String> groupIds, CompositePermissionCheck check,
                                  List<Object> parameters) {
    List<PermissionCheck> atomic = check.getAtomicChecks();
    List<CompositePermissionCheck> composite = check.getCompositeChecks();
    if (atomic == null || atomic.isEmpty() || (composite != null && !composite.isEmpty())) {
      return null;
    }
    String bitAnd1 = DbSqlSessionFactory.databaseSpecificBitAnd1.get(databaseType);
    String bitAnd2 = DbSqlSessionFactory.databaseSpecificBitAnd2.get(databaseType);
    String bitAnd3 = DbSqlSessionFactory.databaseSpecificBitAnd3.get(databaseType);
    if (bitAnd1 == null || bitAnd2 == null || bitAnd3 == null) {
      return null;
    }
    for (PermissionCheck permission : atomic) {
      if (permission.getAuthorizationNotFoundReturnValue() != null
          || permission.getResourceIdQueryParam() != null) {
        return null;
      }
    }
    // Either of the permissions: one EXISTS over the rows of any of them, read once (EXISTS a
    // OR EXISTS b is EXISTS (a OR b) over one table). MariaDB then plans one subquery instead
    // of one per holder and permission: a claim's check of 4 permissions was 12 subqueries,
    // 0.6-0.7 ms each time against 0.4 for the one. It reads by the index on the resource id
    // (PRASAN_IDX_AUTH_RESOURCE_CHECK): the resource's own grants and that resource type's
    // grants on "*", one per group or user granted every resource of the type (23 with the
    // demo registry). All of them: one EXISTS per permission.
    List<List<PermissionCheck>> asked = check.isDisjunctive() ? List.of(atomic)
        : atomic.stream().map(List::of).toList();
    List<String> parts = new ArrayList<>();
    for (List<PermissionCheck> permissions : asked) {
      parts.add(grantOf(tablePrefix, userId, groupIds, permissions, bitAnd1, bitAnd2, bitAnd3,
          parameters));
    }
    return "(" + String.join(" AND ", parts) + ")";
  }

  /**
   * EXISTS a row granting one of the permissions: a grant ({@code TYPE_ 1}) of the user or of
   * one of their groups, or a global authorization ({@code TYPE_ 0}, user {@code *}), holding
   * all the permission's bits for its resource type and for the resource's id or {@code *}.
   */
  private static String grantOf(String tablePrefix, String userId, List<String> groupIds,
                                List<PermissionCheck> permissions, String bitAnd1,
                                String bitAnd2, String bitAnd3, List<Object> parameters) {
    StringBuilder sql = new StringBuilder("EXISTS (SELECT 1 FROM ").append(tablePrefix)
        .append("ACT_RU_AUTHORIZATION A WHERE ((A.TYPE_ = 1 AND (A.USER_ID_ = ?");
    parameters.add(userId);
    if (groupIds != null && !groupIds.isEmpty()) {
      sql.append(" OR A.GROUP_ID_ IN (").append("?, ".repeat(groupIds.size() - 1))
          .append("?)");
      parameters.addAll(groupIds);
    }
    sql.append(")) OR (A.TYPE_ = 0 AND A.USER_ID_ = '*')) AND (");
    for (int index = 0; index < permissions.size(); index++) {
      PermissionCheck permission = permissions.get(index);
      sql.append(index == 0 ? "(" : " OR (").append("A.RESOURCE_TYPE_ = ?");
      parameters.add(permission.getResourceType());
      String resourceId = permission.getResourceId();
      if (resourceId != null && !resourceId.equals("*")) {
        sql.append(" AND A.RESOURCE_ID_ IN (?, '*')");
        parameters.add(resourceId);
      } else {
        sql.append(" AND A.RESOURCE_ID_ = '*'");
      }
      sql.append(" AND ").append(bitAnd1).append("A.PERMS_").append(bitAnd2).append('?')
          .append(bitAnd3).append(" = ?)");
      parameters.add(permission.getPerms());
      parameters.add(permission.getPerms());
    }
    return sql.append("))").toString();
  }
}
