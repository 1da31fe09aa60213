package org.prasan.models;

/** No deployed model of this kind, key and version; answered with 404. */
class ModelVersionNotFoundException extends RuntimeException {

  ModelVersionNotFoundException(ModelKind kind, String key, int version) {
    super("No " + kind.name().toLowerCase() + " " + key + " version " + version + " is deployed");
  }
}
