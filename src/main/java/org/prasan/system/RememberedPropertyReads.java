package org.prasan.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's dynamic SQL reads its query objects' properties through MyBatis' OGNL; where a
 * property has no bean getter, OGNL looks for a read method by scanning every public method
 * of the class, lower-casing each name, and remembers nothing, so it scans again on every
 * read. Camunda's task query asks dozens of such properties of a class with hundreds of
 * methods for every Tasklist page and count: in a profile of 20 officers at 100,000 open tasks
 * that scan was 4.5 % of the request threads' CPU, a quarter of all MyBatis work (issue 20).
 *
 * <p>This reader finds each class's read method for a name once, as OGNL would, and reads it
 * (or the field, as OGNL does when there is no method) the same way afterwards. Registered for
 * {@code Object} before the engine asks its first statement: maps, lists and MyBatis' own
 * context keep their own readers.
 */
@Component
public class RememberedPropertyReads extends AbstractProcessEnginePlugin {

  private static final Reader READER = new Reader();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    register();
  }

  static void register() {
    OgnlRuntime.setPropertyAccessor(Object.class, READER);
  }

  /** OGNL's reader of plain objects, with each class's read method for a name remembered. */
  static final class Reader extends ObjectPropertyAccessor {

    private final ClassValue<ConcurrentMap<String, Optional<Method>>> readMethods =
        new ClassValue<>() {
          @Override
          protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
          }
        };

    @Override
    public Object getPossibleProperty(OgnlContext context, Object target, String name)
        throws OgnlException {
      if (target == null) {
        return super.getPossibleProperty(context, null, name);
      }
      try {
        Method method = readMethod(target.getClass(), name);
        if (method != null && context.getMemberAccess().isAccessible(context, target, method,
            name)) {
          return OgnlRuntime.invokeMethod(target, method, OgnlRuntime.NoArguments);
        }
        return OgnlRuntime.getFieldValue(context, target, name, true);
      } catch (InvocationTargetException failure) {
        throw new OgnlException(name, failure.getTargetException());
      } catch (RuntimeException | ReflectiveOperationException failure) {
        throw new OgnlException(name, failure);
      }
    }

    /** OGNL's choice: the bean getter, else a read method found by name; null: neither. */
    Method readMethod(Class<?> type, String name) {
      return readMethods.get(type).computeIfAbsent(name, property -> {
        Method getter = OgnlRuntime.getGetMethod(type, property);
        return Optional.ofNullable(getter != null ? getter
            : OgnlRuntime.getReadMethod(type, property, null));
      }).orElse(null);
    }
  }
}
