package org.prasan.system;

/** A JSON request body over {@code prasan.api.max-json-body}. */
public class RequestBodyTooLargeException extends RuntimeException {

  public RequestBodyTooLargeException(String message) {
    super(message);
  }
}
