package org.prasan.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.intake.TipRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A 2 GiB exhibit through real HTTP, generated while it is sent, into a server whose JVM has a
 * small heap. Not part of the build (the name does not end in Test): run it with
 * {@code mvn test -Dtest=EvidenceUploadBenchmark -DargLine=-Xmx384m}. Prints the time, the
 * throughput and the largest heap in use; fails if the file was ever held in memory.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "prasan.evidence.max-file-size=3GB")
@ActiveProfiles("test")
class EvidenceUploadBenchmark {

  static final long SIZE = 2L * 1024 * 1024 * 1024;

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate http;
  @Autowired
  CaseFileRepository cases;
  @Autowired
  ObjectMapper json;

  @Test
  void streamsATwoGibibyteExhibitWithoutHoldingIt() throws Exception {
    String caseId = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForObject("/api/tips", TipRequests.aTip().build(), JsonNode.class)
        .get("caseId").asText();
    cases.recordLeadAgency(caseId, "rtp-atpd", "rtp-ccib");
    Multipart body = Multipart.evidence();
    String expected = expectedHash();
    System.gc();
    HeapWatch watch = new HeapWatch();
    watch.start();

    long started = System.nanoTime();
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
            .uri(URI.create("http://127.0.0.1:" + port + "/api/cases/" + caseId + "/evidence"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                "rtp-ccib.officer:demo".getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", Multipart.contentType())
            .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers
                .ofInputStream(() -> body.streaming(SIZE)), body.streamingLength(SIZE)))
            .build(), HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - started) / 1e9;
    watch.interrupt();
    watch.join();

    long maxHeap = Runtime.getRuntime().maxMemory();
    System.out.printf("evidence upload: %d MiB in %.1f s (%.0f MiB/s), peak heap used %d MiB "
            + "of max %d MiB%n", SIZE >> 20, seconds, (SIZE >> 20) / seconds,
        watch.peak >> 20, maxHeap >> 20);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(json.readTree(response.body()).get("sha256").asText()).isEqualTo(expected);
    assertThat(maxHeap).isLessThan(SIZE / 2);
  }

  private static String expectedHash() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[1 << 16];
    try (Multipart.GeneratedContent content = new Multipart.GeneratedContent(SIZE)) {
      for (int read = content.read(buffer, 0, buffer.length); read != -1;
           read = content.read(buffer, 0, buffer.length)) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Samples the heap in use every 50 ms and keeps the largest figure. */
  static final class HeapWatch extends Thread {
    volatile long peak;

    @Override
    public void run() {
      while (!isInterrupted()) {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          if (pool.getType() == MemoryType.HEAP) {
            used += pool.getUsage().getUsed();
          }
        }
        peak = Math.max(peak, used);
        try {
          Thread.sleep(50);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }
}
