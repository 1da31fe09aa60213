package org.prasan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.prasan.evidence.Multipart;
import org.prasan.intake.TipRequests;

/**
 * A 2 GiB exhibit through real HTTP into the packaged jar ({@code mvn -Pbench verify
 * -Dit.test=EvidenceUploadBench}): generated while it is sent, into a node with a 384 MiB
 * heap, so an upload that held the file in memory would fail. The default profile as shipped
 * (H2 file database, demo users, exhibits up to 4 GB). Prints the time, the throughput and the
 * largest heap in use the node reported (its metrics, sampled every 100 ms as the
 * administrator) and its largest resident memory; the file is deleted afterwards. Was {@code evidence/EvidenceUploadBenchmark}, a Spring test
 * outside the build (issue 22).
 */
class EvidenceUploadBench {

  static final long SIZE = 2L * 1024 * 1024 * 1024;
  static final String NODE = "evidence-upload";
  static final String MAX_HEAP = "384m";

  @Test
  void streamsATwoGibibyteExhibitWithoutHoldingIt() throws Exception {
    BenchNode node = new BenchNode(NODE, Map.of()).withMaxHeap(MAX_HEAP);
    try {
      node.start();
      BenchHttp http = new BenchHttp(node);
      // The hotline's officer takes the tip: rtp-atpd is an agency of the case and may add
      // evidence to it.
      String caseId = http.post("rtp-atpd.officer", "/api/tips", TipRequests.aTip().build())
          .expect(201, "tip").body().get("caseId").asText();
      Multipart body = Multipart.evidence();
      String expected = expectedHash();
      MemoryWatch watch = new MemoryWatch(node, http);
      watch.start();

      long started = System.nanoTime();
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
              .uri(node.uri("/api/cases/" + caseId + "/evidence"))
              .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                  "rtp-atpd.officer:demo".getBytes(StandardCharsets.UTF_8)))
              .header("Content-Type", Multipart.contentType())
              .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers
                  .ofInputStream(() -> body.streaming(SIZE)), body.streamingLength(SIZE)))
              .build(), HttpResponse.BodyHandlers.ofString());
      double seconds = (System.nanoTime() - started) / 1e9;
      watch.interrupt();
      watch.join();

      System.out.printf("evidence upload: %d MiB in %.1f s (%.0f MiB/s), node's heap in use at "
              + "most %.0f MiB of -Xmx%s, resident at most %.0f MiB; load %s%n", SIZE >> 20,
          seconds, (SIZE >> 20) / seconds, watch.peakHeap, MAX_HEAP, watch.peakRss,
          Files.readString(Path.of("/proc/loadavg")).strip());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      JsonNode exhibit = BenchHttp.JSON.readTree(response.body());
      assertThat(exhibit.get("sha256").asText()).isEqualTo(expected);
    } finally {
      node.stop();
      deleteTheExhibits();
    }
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

  /** 2 GiB per run is not kept: the node's working directory goes. */
  private static void deleteTheExhibits() throws Exception {
    Path work = BenchFiles.dir().resolve("work").resolve(NODE);
    if (Files.exists(work)) {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /**
   * Samples the node every 100 ms: the heap in use as its metrics say
   * ({@code jvm.memory.used}, area heap) and its resident memory; keeps the largest (MiB).
   */
  static final class MemoryWatch extends Thread {
    private final BenchNode node;
    private final BenchHttp http;
    volatile double peakHeap;
    volatile double peakRss;

    MemoryWatch(BenchNode node, BenchHttp http) {
      this.node = node;
      this.http = http;
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        try {
          BenchHttp.Answer heap = http.get("admin",
              "/actuator/metrics/jvm.memory.used?tag=area:heap");
          if (heap.status() == 200) {
            peakHeap = Math.max(peakHeap,
                heap.body().get("measurements").get(0).get("value").asDouble() / (1 << 20));
          }
          peakRss = Math.max(peakRss, node.rssMb());
          Thread.sleep(100);
        } catch (InterruptedException stop) {
          return;
        } catch (java.io.IOException gone) {
          return;
        }
      }
    }
  }
}
