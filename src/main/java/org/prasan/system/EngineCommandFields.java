package org.prasan.system;

import java.lang.reflect.Field;

/**
 * The fields of Camunda's commands that Prasan's command guards read (which task, which
 * variables) or replace (variables kept out of the engine): the commands have no getters for
 * them. An engine update that renames one fails loudly here, naming the command and the field.
 */
public final class EngineCommandFields {

  private EngineCommandFields() {
  }

  /** The value of {@code name}, declared by {@code type}, on {@code command}. */
  public static Object read(Object command, Class<?> type, String name) {
    try {
      return field(type, name).get(command);
    } catch (ReflectiveOperationException engineChanged) {
      throw changed(type, name, engineChanged);
    }
  }

  /** Sets {@code name}, declared by {@code type}, on {@code command}. */
  public static void write(Object command, Class<?> type, String name, Object value) {
    try {
      field(type, name).set(command, value);
    } catch (ReflectiveOperationException engineChanged) {
      throw changed(type, name, engineChanged);
    }
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  private static IllegalStateException changed(Class<?> type, String name,
                                               ReflectiveOperationException cause) {
    return new IllegalStateException("Camunda's " + type.getSimpleName()
        + " no longer has the field " + name + ": Prasan's command guards need a look", cause);
  }
}
