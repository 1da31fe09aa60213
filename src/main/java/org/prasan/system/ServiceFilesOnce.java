package org.prasan.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API builds its resources anew for every request, and each asks
 * {@code java.util.ServiceLoader} for the process engine's provider
 * ({@code EngineUtil.lookupProcessEngine}); Jersey asks it for a few more services. Each such
 * question reads {@code META-INF/services/...} from every one of the jar's nested libraries:
 * about 5 % of the CPU of an {@code /engine-rest} request (issue 17, JFR of 20 clerks claiming
 * and submitting screening forms). The libraries of a running node never change, so during an
 * {@code /engine-rest} request the thread's context class loader is one that answers
 * {@code META-INF/services/} lookups from what its parent answered the first time, the files'
 * bytes included (reading them again opened a nested jar each time), and leaves everything
 * else (classes, other resources) to that parent. The same for the webapps' engine API
 * ({@code /camunda/api/...}) that the Tasklist asks (2026-12-06 JFR of 20 officers: 3.5 % of
 * its request CPU in these lookups). One such loader per parent, kept
 * for the node's life, so caches that key on the context loader keep working.
 */
@Configuration
public class ServiceFilesOnce {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> serviceFilesOnceForEngineRest() {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Filter());
    // The Tasklist's, Cockpit's and Admin's engine API builds the same resources per request.
    registration.setUrlPatterns(List.of("/engine-rest/*", "/camunda/api/*"));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private static final Map<ClassLoader, Remembering> LOADERS = new ConcurrentHashMap<>();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
      Thread thread = Thread.currentThread();
      ClassLoader original = thread.getContextClassLoader();
      if (original == null || original instanceof Remembering) {
        chain.doFilter(request, response);
        return;
      }
      thread.setContextClassLoader(LOADERS.computeIfAbsent(original, Remembering::new));
      try {
        chain.doFilter(request, response);
      } finally {
        thread.setContextClassLoader(original);
      }
    }
  }

  /** Its parent's answers to {@code META-INF/services/} lookups, remembered with their bytes. */
  static final class Remembering extends ClassLoader {

    static final String SERVICES = "META-INF/services/";

    static {
      registerAsParallelCapable();
    }

    private final Map<String, List<URL>> services = new ConcurrentHashMap<>();

    Remembering(ClassLoader parent) {
      super("service-files-once", parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (!name.startsWith(SERVICES)) {
        return super.getResources(name);
      }
      List<URL> known = services.get(name);
      if (known == null) {
        List<URL> read = new ArrayList<>();
        for (URL file : Collections.list(getParent().getResources(name))) {
          read.add(Kept.of(file));
        }
        known = List.copyOf(read);
        services.put(name, known);
      }
      return Collections.enumeration(known);
    }
  }

  /** A service file's bytes, read once, served under the file's own address. */
  static final class Kept extends URLStreamHandler {

    private final byte[] bytes;

    private Kept(byte[] bytes) {
      this.bytes = bytes;
    }

    static URL of(URL file) throws IOException {
      try (InputStream in = file.openStream()) {
        return new URL(null, file.toExternalForm(), new Kept(in.readAllBytes()));
      }
    }

    @Override
    protected URLConnection openConnection(URL url) {
      return new URLConnection(url) {
        @Override
        public void connect() {
          connected = true;
        }

        @Override
        public InputStream getInputStream() {
          return new ByteArrayInputStream(bytes);
        }
      };
    }
  }
}
