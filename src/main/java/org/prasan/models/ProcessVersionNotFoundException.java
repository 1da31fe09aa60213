package org.prasan.models;

/** No deployed process definition with this key and version; answered with 404. */
class ProcessVersionNotFoundException extends RuntimeException {

  ProcessVersionNotFoundException(String processKey, int version) {
    super("Process " + processKey + " has no deployed version " + version);
  }
}
