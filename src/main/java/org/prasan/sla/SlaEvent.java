package org.prasan.sla;

import java.time.Instant;

/**
 * One thing that happened to a clock of a case, kept as its SLA history: a warning, an
 * escalation and who was told, an extension with its reason, a clock started or stopped.
 *
 * @param level      for escalations: who the task climbed to
 * @param clock      the legal clock concerned, or null for a service level
 * @param toldGroup  the group that was told, if any
 * @param actor      the user who acted (extended, reassigned), or null for the system
 * @param escalation the process instance of the escalation ladder, if any
 */
public record SlaEvent(Long id, String caseId, Kind kind, Level level, String taskId,
                       String taskKey, String taskName, String agency, String clock,
                       Instant dueAt, String toldGroup, String actor, String detail,
                       String escalation, Instant occurredAt) {

  public enum Kind {
    WARNED, ESCALATED, BREACHED, EXTENDED, REASSIGNED, REMINDED, CLOSED, DUE_DATE_CHANGED, DORMANT,
    CLOCK_STARTED, CLOCK_EXTENDED, CLOCK_STOPPED
  }

  public enum Level { SUPERVISORS, COORDINATOR }

  public static Builder of(String caseId, Kind kind, Instant occurredAt) {
    return new Builder(caseId, kind, occurredAt);
  }

  /** Builds an event that starts with its case, kind and time; the rest is optional. */
  public static final class Builder {
    private final String caseId;
    private final Kind kind;
    private final Instant occurredAt;
    private Level level;
    private String taskId;
    private String taskKey;
    private String taskName;
    private String agency;
    private String clock;
    private Instant dueAt;
    private String toldGroup;
    private String actor;
    private String detail;
    private String escalation;

    private Builder(String caseId, Kind kind, Instant occurredAt) {
      this.caseId = caseId;
      this.kind = kind;
      this.occurredAt = occurredAt;
    }

    public Builder level(Level value) {
      level = value;
      return this;
    }

    public Builder task(String id, String key, String name) {
      taskId = id;
      taskKey = key;
      taskName = name;
      return this;
    }

    public Builder agency(String value) {
      agency = value;
      return this;
    }

    public Builder clock(String value) {
      clock = value;
      return this;
    }

    public Builder dueAt(Instant value) {
      dueAt = value;
      return this;
    }

    public Builder told(String group) {
      toldGroup = group;
      return this;
    }

    public Builder actor(String value) {
      actor = value;
      return this;
    }

    public Builder detail(String value) {
      detail = value;
      return this;
    }

    public Builder escalation(String processInstanceId) {
      escalation = processInstanceId;
      return this;
    }

    public SlaEvent build() {
      return new SlaEvent(null, caseId, kind, level, taskId, taskKey, taskName, agency, clock,
          dueAt, toldGroup, actor, detail, escalation, occurredAt);
    }
  }
}
