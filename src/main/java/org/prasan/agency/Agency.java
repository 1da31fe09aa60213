package org.prasan.agency;

/**
 * One agency of the joint task force. Its {@code id} is the Camunda candidate group of its
 * officers; its supervisors are the group {@code id + "-sup"}.
 */
public record Agency(String id, String name, String nameTh) {

  public static final String SUPERVISOR_SUFFIX = "-sup";

  public String supervisorGroupId() {
    return id + SUPERVISOR_SUFFIX;
  }
}
