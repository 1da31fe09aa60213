package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.ibatis.builder.BuilderException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.scripting.xmltags.OgnlCache;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** MyBatis' expressions read what they read before, with each read method found once. */
class RememberedPropertyReadsTest {

  /** Properties of the kinds Camunda's queries have: getters, read methods, bare fields. */
  public static class Query {
    private final String processInstanceId = "pi-1";
    private final boolean withoutDueDate = true;
    private final Boolean unassigned = Boolean.FALSE;
    private final List<String> candidateGroups = List.of("dsi", "rtp-atpd");
    protected String tenantIdsWithoutGetter = "none";
    private final Query inner;

    Query(Query inner) {
      this.inner = inner;
    }

    public String getProcessInstanceId() {
      return processInstanceId;
    }

    public boolean isWithoutDueDate() {
      return withoutDueDate;
    }

    public Boolean isUnassigned() {
      return unassigned;
    }

    public List<String> candidateGroups() {
      return candidateGroups;
    }

    public Query getInner() {
      return inner;
    }
  }

  @BeforeAll
  static void registered() {
    RememberedPropertyReads.register();
  }

  @Test
  void eachKindOfPropertyReadsAsOgnlReadsIt() {
    Query query = new Query(new Query(null));
    for (int time = 0; time < 2; time++) {
      assertThat(OgnlCache.getValue("processInstanceId", query)).isEqualTo("pi-1");
      assertThat(OgnlCache.getValue("withoutDueDate", query)).isEqualTo(true);
      assertThat(OgnlCache.getValue("unassigned != null && !unassigned", query))
          .isEqualTo(true);
      assertThat(OgnlCache.getValue("candidateGroups.size > 1", query)).isEqualTo(true);
      assertThat(OgnlCache.getValue("tenantIdsWithoutGetter", query)).isEqualTo("none");
      assertThat(OgnlCache.getValue("inner.processInstanceId", query)).isEqualTo("pi-1");
      assertThat(OgnlCache.getValue("inner.inner == null", query)).isEqualTo(true);
      assertThat(OgnlCache.getValue("groups[0]", Map.of("groups", List.of("dsi"))))
          .isEqualTo("dsi");
    }
  }

  @Test
  void aPropertyThatIsNotThereIsStillAnError() {
    assertThatThrownBy(() -> OgnlCache.getValue("noSuchProperty", new Query(null)))
        .isInstanceOf(BuilderException.class).hasMessageContaining("noSuchProperty");
  }

  @Test
  void plainObjectsAreReadByIt() throws Exception {
    assertThat(OgnlRuntime.getPropertyAccessor(Object.class))
        .isInstanceOf(RememberedPropertyReads.Reader.class);
    RememberedPropertyReads.Reader reader = new RememberedPropertyReads.Reader();
    assertThat(reader.readMethod(Query.class, "candidateGroups"))
        .isSameAs(reader.readMethod(Query.class, "candidateGroups"))
        .isEqualTo(Query.class.getMethod("candidateGroups"));
    assertThat(reader.readMethod(Query.class, "tenantIdsWithoutGetter")).isNull();
  }
}
