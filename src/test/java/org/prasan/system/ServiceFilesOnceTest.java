package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ServiceFilesOnceTest {

  /** A parent that counts how often it is asked for resources. */
  static final class Counting extends ClassLoader {
    final AtomicInteger asked = new AtomicInteger();

    Counting() {
      super(ServiceFilesOnceTest.class.getClassLoader());
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      asked.incrementAndGet();
      return super.getResources(name);
    }
  }

  @Test
  void serviceFilesAreReadFromTheParentOnceAndAnsweredTheSameEveryTime() throws Exception {
    Counting parent = new Counting();
    ServiceFilesOnce.Remembering loader = new ServiceFilesOnce.Remembering(parent);
    String name = "META-INF/services/java.sql.Driver";

    var first = Collections.list(loader.getResources(name));
    var second = Collections.list(loader.getResources(name));

    assertThat(first).isNotEmpty().isEqualTo(Collections.list(parent.getResources(name)));
    assertThat(second).isEqualTo(first);
    assertThat(parent.asked).hasValue(2); // once for the loader, once by this test
  }

  @Test
  void theServicesFoundThroughTheRememberedFilesAreTheParents() throws Exception {
    ServiceFilesOnce.Remembering loader = new ServiceFilesOnce.Remembering(new Counting());
    String name = "META-INF/services/java.sql.Driver";
    for (int time = 0; time < 2; time++) {
      var kept = Collections.list(loader.getResources(name));
      var read = Collections.list(loader.getParent().getResources(name));
      for (int index = 0; index < read.size(); index++) {
        try (var fromKept = kept.get(index).openStream();
             var fromJar = read.get(index).openStream()) {
          assertThat(fromKept.readAllBytes()).isEqualTo(fromJar.readAllBytes());
        }
      }
      assertThat(ServiceLoader.load(java.sql.Driver.class, loader).stream()
          .map(provider -> provider.type().getName()).toList())
          .isNotEmpty()
          .isEqualTo(ServiceLoader.load(java.sql.Driver.class, loader.getParent()).stream()
              .map(provider -> provider.type().getName()).toList());
    }
  }

  @Test
  void everythingElseIsTheParentsEveryTime() throws Exception {
    Counting parent = new Counting();
    ServiceFilesOnce.Remembering loader = new ServiceFilesOnce.Remembering(parent);

    loader.getResources("META-INF/MANIFEST.MF");
    loader.getResources("META-INF/MANIFEST.MF");

    assertThat(parent.asked).hasValue(2);
    assertThat(loader.loadClass(ServiceFilesOnceTest.class.getName()))
        .isSameAs(ServiceFilesOnceTest.class);
  }

  @Test
  void aRequestRunsWithTheRememberingLoaderAndTheThreadGetsItsOwnBack() throws Exception {
    ClassLoader own = Thread.currentThread().getContextClassLoader();
    ClassLoader[] during = new ClassLoader[2];
    MockFilterChain first = new MockFilterChain() {
      @Override
      public void doFilter(jakarta.servlet.ServletRequest request,
                           jakarta.servlet.ServletResponse response) {
        during[0] = Thread.currentThread().getContextClassLoader();
      }
    };
    MockFilterChain second = new MockFilterChain() {
      @Override
      public void doFilter(jakarta.servlet.ServletRequest request,
                           jakarta.servlet.ServletResponse response) {
        during[1] = Thread.currentThread().getContextClassLoader();
      }
    };

    new ServiceFilesOnce.Filter().doFilter(new MockHttpServletRequest("GET",
        "/engine-rest/task"), new MockHttpServletResponse(), first);
    new ServiceFilesOnce.Filter().doFilter(new MockHttpServletRequest("GET",
        "/engine-rest/task"), new MockHttpServletResponse(), second);

    assertThat(during[0]).isInstanceOf(ServiceFilesOnce.Remembering.class)
        .isSameAs(during[1]);
    assertThat(during[0].getParent()).isSameAs(own);
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(own);
  }
}
