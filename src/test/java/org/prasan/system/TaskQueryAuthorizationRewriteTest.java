package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

class TaskQueryAuthorizationRewriteTest {

  /** The shape of the engine's MySQL task query with an authorization check (7.24). */
  static final String TASK_QUERY = """
      select distinct RES.ID_, RES.DUE_DATE_
          from ACT_RU_TASK RES
          left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
          left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
         left join
        (
        SELECT A.*
        FROM ACT_RU_AUTHORIZATION A
        WHERE A.TYPE_ < 2
        AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) )
          AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) )
        )
            AUTH ON (AUTH.RESOURCE_ID_ = RES.ID_ OR AUTH.RESOURCE_ID_ = D.KEY_ OR AUTH.RESOURCE_ID_ = '*' )
         WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) )
            and RES.SUSPENSION_STATE_ = 1 )
              and (
                (RES.CASE_EXECUTION_ID_ IS NOT NULL)
                OR
                (AUTH.RESOURCE_ID_ IS NOT NULL)
              )
          and (RES.TENANT_ID_ is null )
        order by RES.DUE_DATE_ asc
        LIMIT ? OFFSET ?""";

  @Test
  void theTasksOwnGrantIsJoinedByIdAndTheOtherTwoBecomeExistsWithTheirParametersRepeated() {
    List<ParameterMapping> parameters = IntStream.range(0, 8)
        .mapToObj(index -> new ParameterMapping.Builder(new Configuration(), "p" + index,
            Object.class).build())
        .toList();

    TaskQueryAuthorizationRewrite.Rewritten rewritten =
        TaskQueryAuthorizationRewrite.rewrite(TASK_QUERY, parameters);

    String grants = """
        A.TYPE_ < 2
        AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) )
          AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) )""";
    assertThat(rewritten.sql()).isEqualToIgnoringWhitespace("""
        select distinct RES.ID_, RES.DUE_DATE_
            from ACT_RU_TASK RES
            left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
            left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
            left join ACT_RU_AUTHORIZATION AUTH_TASK on AUTH_TASK.RESOURCE_ID_ = RES.ID_ AND (
              %s)
           WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) )
              and RES.SUSPENSION_STATE_ = 1 )
                and (
                  (RES.CASE_EXECUTION_ID_ IS NOT NULL)
                  OR
                  (AUTH_TASK.ID_ IS NOT NULL
                   OR EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE (%s)
                     AND A.RESOURCE_ID_ = D.KEY_)
                   OR EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE (%s)
                     AND A.RESOURCE_ID_ = '*'))
                )
            and (RES.TENANT_ID_ is null )
          order by RES.DUE_DATE_ asc
          LIMIT ? OFFSET ?""".formatted(grants.replace("A.", "AUTH_TASK."), grants, grants));
    // Before: user, group, type, perm, perm (grants), group of the filter, limit, offset.
    assertThat(rewritten.parameters()).extracting(ParameterMapping::getProperty).containsExactly(
        "p0", "p1", "p2", "p3", "p4", "p5", "p0", "p1", "p2", "p3", "p4", "p0", "p1", "p2", "p3",
        "p4", "p6", "p7");
  }

  @Test
  void anyOtherQueryShapeRunsUnchanged() {
    String h2Form = TASK_QUERY.replace(
        "AUTH.RESOURCE_ID_ = RES.ID_ OR AUTH.RESOURCE_ID_ = D.KEY_ OR AUTH.RESOURCE_ID_ = '*' ",
        "AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')");
    assertThat(TaskQueryAuthorizationRewrite.rewrite(h2Form, List.of())).isNull();
    assertThat(TaskQueryAuthorizationRewrite.rewrite("select * from ACT_RU_TASK", List.of()))
        .isNull();
  }
}
