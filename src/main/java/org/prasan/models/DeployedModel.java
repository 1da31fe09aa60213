package org.prasan.models;

import org.prasan.modellint.ModelSource;

/** The latest deployed version of one process, decision or form, with its resource's bytes. */
record DeployedModel(ModelKind kind, String key, int version, String deploymentId,
                     String resourceName, byte[] content) {

  /** The resource under its file name, as a deployment would add it again. */
  ModelSource source() {
    return new ModelSource(fileName(resourceName), content);
  }

  static String fileName(String resourceName) {
    return resourceName.substring(Math.max(resourceName.lastIndexOf('/'),
        resourceName.lastIndexOf('\\')) + 1);
  }
}
