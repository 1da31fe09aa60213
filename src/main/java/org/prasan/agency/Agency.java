package org.prasan.agency;

import java.util.Set;

/**
 * One agency of the joint task force. Its {@code id} is the Camunda candidate group of its
 * officers; its supervisors are the group {@code id + "-sup"}. {@code roles} say what the
 * procedure asks of it beyond its own tasks (the prosecutors: {@link Role#PROSECUTION}).
 */
public record Agency(String id, String name, String nameTh, Set<Role> roles) {

  public static final String SUPERVISOR_SUFFIX = "-sup";
  /** The group of the agency's systems' users, who take its external tasks. */
  public static final String SYSTEM_SUFFIX = "-system";

  public Agency {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  public String supervisorGroupId() {
    return id + SUPERVISOR_SUFFIX;
  }

  public String systemGroupId() {
    return id + SYSTEM_SUFFIX;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** What an agency does for every case, whoever leads it. */
  public enum Role {
    /** Approves or returns charging, verifies the evidence (OAG's trafficking department). */
    PROSECUTION,
    /** Records and reads victims' identities in the vault on every case (README "Victim vault"). */
    VICTIM_IDENTITIES,
    /** Runs mass screening operations: receives handover lists and screens the people on them. */
    SCREENING
  }
}
