package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

class VariableQueryShapesTest {

  private static final String GRANTS = "A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') OR"
      + " A.GROUP_ID_ IN ( ? ) ) AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? OR"
      + " A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) ) ";

  /**
   * The engine's MySQL variable instance list with an authorization check (7.24), as prepared
   * for a Tasklist page's shown variables (three scope ids here, 45 for a page of 15 tasks).
   */
  static final String VARIABLE_QUERY = "select distinct RES.* from ( select RES.*, ( case when"
      + " RES.TASK_ID_ is not null and RES.EXECUTION_ID_ is not null then EXECUTION.ACT_INST_ID_"
      + " when RES.CASE_EXECUTION_ID_ is not null then RES.CASE_EXECUTION_ID_ when"
      + " EXECUTION.PARENT_ID_ is null and RES.IS_CONCURRENT_LOCAL_ = 0 then EXECUTION.ID_ when"
      + " EXECUTION.IS_SCOPE_ = 1 and EXECUTION.PARENT_ID_ is not null and"
      + " RES.IS_CONCURRENT_LOCAL_ = 0 then PARENT_EXECUTION.ACT_INST_ID_ else"
      + " EXECUTION.ACT_INST_ID_ end ) ACT_INST_ID_ from ACT_RU_VARIABLE RES left join"
      + " ACT_RU_EXECUTION EXECUTION on RES.EXECUTION_ID_ = EXECUTION.ID_ left join"
      + " ACT_RU_EXECUTION PARENT_EXECUTION on EXECUTION.PARENT_ID_ = PARENT_EXECUTION.ID_ left"
      + " join ACT_RU_EXECUTION PROC_EXECUTION on PROC_EXECUTION.ID_ = RES.PROC_INST_ID_ left"
      + " join ACT_RE_PROCDEF PROCDEF on PROCDEF.ID_ = PROC_EXECUTION.PROC_DEF_ID_ left join ("
      + " SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE " + GRANTS + ") AUTH ON"
      + " (AUTH.RESOURCE_ID_ = RES.PROC_INST_ID_ OR AUTH.RESOURCE_ID_ = PROC_EXECUTION.ID_ OR"
      + " AUTH.RESOURCE_ID_ = PROCDEF.KEY_ OR AUTH.RESOURCE_ID_ = RES.TASK_ID_ OR"
      + " AUTH.RESOURCE_ID_ = '*' ) WHERE RES.NAME_ in ( ? , ? , ? , ? ) and RES.VAR_SCOPE_ in"
      + " ( ? , ? , ? ) and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT"
      + " NULL) ) and (RES.TENANT_ID_ is null ) ) RES order by RES.ID_ asc LIMIT ? OFFSET ?";

  private static final int GRANT_PARAMETERS = 11;

  @Test
  void theGrantsJoinBecomesOneExistsPerAlternativeWithTheGrantParametersRepeated() {
    List<ParameterMapping> parameters = parameters(20);

    TaskQueryAuthorizationRewrite.Rewritten rewritten =
        VariableQueryShapes.rewrite(VARIABLE_QUERY, parameters);

    String exists = List.of("RES.PROC_INST_ID_", "PROC_EXECUTION.ID_", "PROCDEF.KEY_",
            "RES.TASK_ID_", "'*'").stream()
        .map(resource -> "EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE (" + GRANTS
            + ") AND A.RESOURCE_ID_ = " + resource + ")")
        .reduce((one, other) -> one + " OR " + other).orElseThrow();
    assertThat(rewritten.sql()).isEqualToIgnoringWhitespace(VARIABLE_QUERY
        .substring(0, VARIABLE_QUERY.indexOf("left join ( SELECT A.*"))
        + "WHERE RES.NAME_ in ( ? , ? , ? , ? ) and RES.VAR_SCOPE_ in ( ? , ? , ? ) and ("
        + " (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (" + exists + ") ) and (RES.TENANT_ID_ is"
        + " null ) ) RES order by RES.ID_ asc LIMIT ? OFFSET ?");
    // Names and scope ids first (p11-p17), then the grants' p0-p10 once per EXISTS, the page.
    List<String> expected = new java.util.ArrayList<>();
    IntStream.range(GRANT_PARAMETERS, 18).forEach(index -> expected.add("p" + index));
    for (int alternative = 0; alternative < 5; alternative++) {
      IntStream.range(0, GRANT_PARAMETERS).forEach(index -> expected.add("p" + index));
    }
    expected.addAll(List.of("p18", "p19"));
    assertThat(rewritten.parameters()).extracting(ParameterMapping::getProperty)
        .containsExactlyElementsOf(expected);
    assertThat(rewritten.sql().chars().filter(c -> c == '?').count())
        .isEqualTo(rewritten.parameters().size());
  }

  /**
   * As MyBatis hands it over: the mapping's line breaks and indentation kept (the log shows the
   * statement with its whitespace collapsed), e.g. {@code AUTH.RESOURCE_ID_ =} and the resource on
   * the next line.
   */
  @Test
  void theStatementWithTheMappingsLineBreaksIsReshapedAlike() {
    String raw = VARIABLE_QUERY
        .replace("left join ( SELECT A.*", "\n          left join\n    (\n    SELECT A.*")
        .replace(") AUTH ON (AUTH.RESOURCE_ID_ = RES.PROC_INST_ID_ OR",
            ")\n              AUTH ON (AUTH.RESOURCE_ID_ =\n                RES.PROC_INST_ID_ \n"
                + "                OR")
        .replace(" OR AUTH.RESOURCE_ID_ = '*' )", "\n                OR AUTH.RESOURCE_ID_ = '*'\n"
            + "                \n              )")
        .replace("(AUTH.RESOURCE_ID_ IS NOT NULL)", "(\n  AUTH.RESOURCE_ID_ IS NOT NULL\n)");

    TaskQueryAuthorizationRewrite.Rewritten rewritten = VariableQueryShapes.rewrite(raw, parameters(20));

    assertThat(rewritten).isNotNull();
    assertThat(rewritten.sql()).doesNotContain("AUTH.", " AUTH ")
        .contains("AND A.RESOURCE_ID_ = RES.PROC_INST_ID_)", "AND A.RESOURCE_ID_ = '*')");
    assertThat(rewritten.parameters()).hasSize(9 + 5 * GRANT_PARAMETERS);
  }

  @Test
  void theCountIsReshapedToo() {
    String count = VARIABLE_QUERY.replace("select distinct RES.*", "select count(distinct RES.ID_)")
        .replace("order by RES.ID_ asc LIMIT ? OFFSET ?", "");

    TaskQueryAuthorizationRewrite.Rewritten rewritten = VariableQueryShapes.rewrite(count, parameters(18));

    assertThat(rewritten.sql()).startsWith("select count(distinct RES.ID_)")
        .contains("AND A.RESOURCE_ID_ = PROCDEF.KEY_)").doesNotContain("AUTH.", " AUTH ");
    assertThat(rewritten.parameters()).hasSize(7 + 5 * GRANT_PARAMETERS);
  }

  @Test
  void aStatementThatIsNotDistinctOrNotOnVariablesOrOfAnotherShapeIsLeftAsWritten() {
    assertThat(VariableQueryShapes.rewrite(VARIABLE_QUERY.replace("select distinct RES.*",
        "select RES.*"), parameters(20))).as("not distinct: rows per grant").isNull();
    assertThat(VariableQueryShapes.rewrite(VARIABLE_QUERY.replace("ACT_RU_VARIABLE RES",
        "ACT_HI_VARINST RES"), parameters(20))).as("another table").isNull();
    assertThat(VariableQueryShapes.rewrite(VARIABLE_QUERY.replace("RES.NAME_ in",
        "AUTH.TYPE_ = 1 and RES.NAME_ in"), parameters(20))).as("AUTH read elsewhere").isNull();
    assertThat(VariableQueryShapes.rewrite(VARIABLE_QUERY, parameters(19)))
        .as("parameters not as counted").isNull();
    assertThat(VariableQueryShapes.rewrite(TaskQueryAuthorizationRewriteTest.TASK_QUERY,
        parameters(8))).as("the task statements are TaskQueryShapes'").isNull();
  }

  @Test
  void theInterceptorHandsTheConnectionTheReshapedStatement() throws Throwable {
    String prepared = preparedSql(VARIABLE_QUERY);

    assertThat(prepared).doesNotContain("AUTH.", " AUTH ")
        .contains("EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE");
  }

  @Test
  void theSameTextIsReshapedTheSameWayFromWhatWasKept() throws Throwable {
    VariableQueryShapes kept = new VariableQueryShapes();
    String statement = "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity"
        + ".selectVariableInstanceByQueryCriteria";
    TaskQueryShapesTest.Prepared first =
        TaskQueryShapesTest.preparedWith(kept, statement, VARIABLE_QUERY, 0);
    assertThat(TaskQueryShapesTest.preparedWith(kept, statement, VARIABLE_QUERY, 0))
        .isEqualTo(first)
        .isEqualTo(TaskQueryShapesTest.preparedWith(new VariableQueryShapes(), statement,
            VARIABLE_QUERY, 0));
    assertThat(kept.grantsReshaped()).isEqualTo(2);
  }

  private static List<ParameterMapping> parameters(int count) {
    Configuration configuration = new Configuration();
    return IntStream.range(0, count)
        .mapToObj(index -> new ParameterMapping.Builder(configuration, "p" + index,
            Object.class).build())
        .toList();
  }

  /** What the interceptor hands the JDBC connection when MyBatis prepares the statement. */
  private static String preparedSql(String sql) throws Throwable {
    return TaskQueryShapesTest.preparedBy(new VariableQueryShapes(),
        "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity"
            + ".selectVariableInstanceByQueryCriteria", sql, 0);
  }
}
