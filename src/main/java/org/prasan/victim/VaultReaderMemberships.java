package org.prasan.victim;

import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.prasan.agency.Agency;
import org.prasan.agency.AgencyGroups;
import org.prasan.agency.AgencyRegistry;
import org.prasan.agency.CurrentActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every change to the membership of a group that reads victims' identities (an agency with the
 * role {@code VICTIM_IDENTITIES}, or its supervisors' group) is recorded with who made it,
 * whatever the route (the Admin webapp, {@code /engine-rest}, Java), and shown to that agency's
 * supervisors ({@code GET /api/agencies/{agency}/vault-reader-changes}). An administrator
 * adding themselves to msdhs is seen (issue 15, item 3); reading the vault stays refused to
 * administrators as such (casefile.CaseAccess).
 */
@Component
public class VaultReaderMemberships extends AbstractProcessEnginePlugin {

  private final ObjectProvider<JdbcClient> jdbc;
  private final ObjectProvider<AgencyRegistry> agencies;
  private final ObjectProvider<Clock> clock;
  private ProcessEngineConfigurationImpl engine;

  public VaultReaderMemberships(ObjectProvider<JdbcClient> jdbc,
                                ObjectProvider<AgencyRegistry> agencies,
                                ObjectProvider<Clock> clock) {
    this.jdbc = jdbc;
    this.agencies = agencies;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.engine = configuration;
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new Recorder());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** The changes to the agency's vault-reading groups, newest first. */
  public List<Change> of(String agency) {
    return jdbc.getObject().sql("""
            SELECT agency, group_id, user_id, change_kind, changed_by, changed_at
            FROM vault_reader_membership WHERE agency = :agency ORDER BY id DESC""")
        .param("agency", agency)
        .query((rs, row) -> new Change(rs.getString("agency"), rs.getString("group_id"),
            rs.getString("user_id"), Kind.valueOf(rs.getString("change_kind")),
            rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
        .list();
  }

  /** One membership change. */
  public record Change(String agency, String groupId, String userId, Kind change,
                       String changedBy, Instant changedAt) {
  }

  public enum Kind { JOINED, LEFT }

  private void record(String groupId, String userId, Kind kind) {
    String agency = AgencyGroups.agencyOf(groupId);
    if (!agencies.getObject().withRole(Agency.Role.VICTIM_IDENTITIES).contains(agency)) {
      return;
    }
    Authentication caller = engine.getIdentityService().getCurrentAuthentication();
    String by = caller == null || caller.getUserId() == null ? CurrentActor.SYSTEM
        : caller.getUserId();
    jdbc.getObject().sql("""
            INSERT INTO vault_reader_membership
              (agency, group_id, user_id, change_kind, changed_by, changed_at)
            VALUES (:agency, :groupId, :userId, :kind, :by, :at)""")
        .param("agency", agency)
        .param("groupId", groupId)
        .param("userId", userId)
        .param("kind", kind.name())
        .param("by", by)
        .param("at", Timestamp.from(clock.getObject().instant()))
        .update();
  }

  final class Recorder extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof CreateMembershipCmd) {
        record(field(command, "groupId"), field(command, "userId"), Kind.JOINED);
      } else if (command instanceof DeleteMembershipCmd) {
        record(field(command, "groupId"), field(command, "userId"), Kind.LEFT);
      }
      return result;
    }

    private static String field(Object command, String name) {
      try {
        Field field = command.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return (String) field.get(command);
      } catch (ReflectiveOperationException engineChanged) {
        throw new IllegalStateException("Camunda's " + command.getClass().getSimpleName()
            + " no longer has " + name + ": VaultReaderMemberships needs a look", engineChanged);
      }
    }
  }
}
