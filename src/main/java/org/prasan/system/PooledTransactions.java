package org.prasan.system;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Lets the pool keep its connections with autocommit off (issue 20; profile {@code mariadb},
 * {@code spring.datasource.hikari.auto-commit: false}) without changing what a statement
 * outside a transaction does. Spring's transaction manager switched autocommit off and on
 * again around every transaction when the pool handed out connections with autocommit on:
 * {@code set autocommit=0} and {@code =1}, two round trips of every engine command and every
 * transaction of ours (15 of a user task's 138, docs/benchmarks.md).
 *
 * <p>With autocommit off in the pool, a statement outside any transaction (our
 * {@code JdbcClient} reads and writes that open none) would start one that the pool rolls
 * back when the connection returns: writes lost. So every connection this data source hands
 * out commits when it is closed: outside a transaction that is each call's own commit, as with
 * autocommit; after a transaction the manager has already committed or rolled back and the
 * driver sends nothing (it commits only while the server reports a transaction open).
 * Transactions find their connection as before: this wrapper is an {@link InfrastructureProxy}
 * of the pool, so Spring binds and looks up connections by the pool itself.
 */
@Component
public class PooledTransactions implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && !pool.isAutoCommit()) {
      return new CommitOnClose(pool);
    }
    return bean;
  }

  /** The pool, handing out connections that commit when closed. */
  static final class CommitOnClose extends DelegatingDataSource implements InfrastructureProxy {

    CommitOnClose(DataSource pool) {
      super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return committingOnClose(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return committingOnClose(super.getConnection(username, password));
    }

    @Override
    public Object getWrappedObject() {
      return getTargetDataSource();
    }

    static Connection committingOnClose(Connection connection) {
      InvocationHandler handler = (proxy, method, arguments) -> {
        if (isClose(method)) {
          try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
              connection.commit();
            }
          } finally {
            connection.close();
          }
          return null;
        }
        if (method.getName().equals("equals") && method.getParameterCount() == 1) {
          return proxy == arguments[0];
        }
        if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
          return System.identityHashCode(proxy);
        }
        try {
          return method.invoke(connection, arguments);
        } catch (InvocationTargetException thrown) {
          throw thrown.getCause();
        }
      };
      return (Connection) Proxy.newProxyInstance(PooledTransactions.class.getClassLoader(),
          new Class<?>[] {Connection.class}, handler);
    }

    private static boolean isClose(Method method) {
      return method.getName().equals("close") && method.getParameterCount() == 0;
    }
  }
}
