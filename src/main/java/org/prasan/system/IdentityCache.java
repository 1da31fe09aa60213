package org.prasan.system;

/**
 * What a node keeps of users, groups or memberships for a few seconds: emptied by
 * {@link IdentityChanges} whenever one is changed through this node's engine.
 */
public interface IdentityCache {

  void forgetAll();
}
