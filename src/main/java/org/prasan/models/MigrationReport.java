package org.prasan.models;

import java.util.List;

/**
 * What a migration did or, in a dry run, would do: the plan (activities mapped by equal ids,
 * and those that cannot be mapped), how many of the running cases ({@code instances}) move
 * ({@code migrate}) and stay on their version ({@code stay}), and the cases themselves (every
 * case in a dry run; the ones that stay in a real run).
 */
public record MigrationReport(String processKey, int fromVersion, int toVersion, boolean dryRun,
                              Plan plan, int instances, int migrate, int stay,
                              List<InstanceOutcome> outcomes) {

  /** The activities mapped from version to version, and what cannot be mapped. */
  public record Plan(List<Mapping> mapped, List<Unmapped> unmapped, List<String> newActivities) {
  }

  public record Mapping(String sourceActivityId, String targetActivityId) {
  }

  /** An activity of the old version with no counterpart; cases waiting there cannot move. */
  public record Unmapped(String activityId, String name, String reason, long instancesWaiting) {
  }

  /** One case: where it waits and whether it moves ({@code MIGRATE}) or stays ({@code STAY}). */
  public record InstanceOutcome(String processInstanceId, String businessKey,
                                List<String> activities, Outcome outcome, List<String> reasons) {
  }

  public enum Outcome {
    MIGRATE,
    STAY
  }
}
