package org.prasan.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay between one node and the MariaDB server that counts what the node asks of the
 * database: every command packet of the MariaDB client/server protocol the node sends (a
 * packet with sequence number 0 from the client) is one statement the server answers, so one
 * round trip. Only this node's connections pass through it, so the count is exact however
 * busy the shared server is, and it does not depend on the machine. {@code COM_STMT_CLOSE}
 * (no answer) is counted apart. Each command is also counted under a short name, its verb and
 * first table ("select ACT_RU_TASK", "COMMIT"), for the breakdown.
 *
 * <p>Prepared statements (the node runs with {@code useServerPrepStmts}) are named by the text
 * prepared on the same connection: MariaDB numbers a connection's prepared statements 1, 2, 3
 * ... in the order they are prepared, and the driver's pipelined execute of the statement it
 * has just prepared uses the id {@code 0xffffffff}.
 */
final class DatabaseWire implements AutoCloseable {

  static final String ROUND_TRIPS = "round trips";
  static final String COMMITS = "commits";

  private static final Pattern TABLE = Pattern.compile(
      "(?is)^\\s*(select|insert|update|delete|replace)\\b.*?\\b(from|into|update)\\s+`?(\\w+)");
  private static final Pattern FIRST_TABLE_OF_UPDATE = Pattern.compile(
      "(?is)^\\s*update\\s+`?(\\w+)");

  private final ServerSocket listener;
  private final String serverHost;
  private final int serverPort;
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final List<Socket> sockets = new ArrayList<>();

  DatabaseWire(String serverHost, int serverPort) throws IOException {
    this.serverHost = serverHost;
    this.serverPort = serverPort;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "database-wire");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  /** The counts so far, by name, with {@link #ROUND_TRIPS} and {@link #COMMITS}. */
  Map<String, Long> snapshot() {
    Map<String, Long> copy = new HashMap<>();
    counts.forEach((name, count) -> copy.put(name, count.sum()));
    return copy;
  }

  /** {@code after - before}, name by name, leaving out what did not change. */
  static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> delta = new HashMap<>();
    after.forEach((name, count) -> {
      long change = count - before.getOrDefault(name, 0L);
      if (change != 0) {
        delta.put(name, change);
      }
    });
    return delta;
  }

  @Override
  public void close() throws IOException {
    listener.close();
    synchronized (sockets) {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket node = listener.accept();
        Socket server = new Socket(serverHost, serverPort);
        node.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        synchronized (sockets) {
          sockets.add(node);
          sockets.add(server);
        }
        Connection connection = new Connection();
        start(() -> commands(node, server, connection), "database-wire-commands");
        start(() -> answers(server, node, connection), "database-wire-answers");
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void start(Runnable pump, String name) {
    Thread thread = new Thread(pump, name);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * What the two directions of one connection share: the commands still waiting for their
   * answer, in order (the name of a statement being prepared, or "" for any other command),
   * and the prepared statements' names by the id the server gave them.
   */
  private static final class Connection {
    final java.util.concurrent.BlockingQueue<String> waiting =
        new java.util.concurrent.LinkedBlockingQueue<>();
    final Map<Long, String> prepared = new ConcurrentHashMap<>();
    volatile String lastPrepared = "prepared ?";
  }

  /** From the node to the server, packet by packet, counting commands. */
  private void commands(Socket node, Socket server, Connection connection) {
    Map<Long, String> prepared = connection.prepared;
    try (InputStream in = new BufferedInputStream(node.getInputStream());
         OutputStream out = new BufferedOutputStream(server.getOutputStream())) {
      byte[] header = new byte[4];
      while (readFully(in, header, 4)) {
        int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16;
        byte[] payload = new byte[length];
        if (!readFully(in, payload, length)) {
          return;
        }
        if (header[3] == 0 && length > 0) {
          int command = payload[0] & 0xff;
          switch (command) {
            case 0x03 -> count(nameOf(text(payload)));
            case 0x16 -> {
              connection.lastPrepared = nameOf(text(payload));
              count("PREPARE");
              // Which statement, apart from the round trips: a statement prepared again and
              // again is one the driver does not keep (how the SLA events' inserts were found).
              counts.computeIfAbsent("(prepare) " + connection.lastPrepared,
                  name -> new LongAdder()).increment();
            }
            case 0x17, 0xfa -> {
              long id = (payload[1] & 0xffL) | (payload[2] & 0xffL) << 8
                  | (payload[3] & 0xffL) << 16 | (payload[4] & 0xffL) << 24;
              String name = id == 0xffffffffL ? connection.lastPrepared
                  : prepared.getOrDefault(id, "prepared ?");
              count(command == 0xfa ? name + " (bulk)" : name);
            }
            case 0x18 -> counts.computeIfAbsent("(long data, no answer)",
                name -> new LongAdder()).increment();
            case 0x19 -> counts.computeIfAbsent("(close statement, no answer)",
                name -> new LongAdder()).increment();
            case 0x01 -> counts.computeIfAbsent("(quit)", name -> new LongAdder()).increment();
            case 0x0e -> count("PING");
            case 0x1f -> count("RESET CONNECTION");
            default -> count("command 0x" + Integer.toHexString(command));
          }
          if (command != 0x19 && command != 0x18 && command != 0x01) {
            connection.waiting.add(command == 0x16 ? connection.lastPrepared : "");
          }
        }
        out.write(header);
        out.write(payload);
        if (in.available() == 0) {
          out.flush();
        }
      }
    } catch (IOException closed) {
      // the node or the server closed the connection
    } finally {
      closeQuietly(node);
      closeQuietly(server);
    }
  }

  private void count(String name) {
    counts.computeIfAbsent(ROUND_TRIPS, key -> new LongAdder()).increment();
    counts.computeIfAbsent(name, key -> new LongAdder()).increment();
    if (name.equals("COMMIT")) {
      counts.computeIfAbsent(COMMITS, key -> new LongAdder()).increment();
    }
  }

  private static String text(byte[] payload) {
    return new String(payload, 1, Math.min(payload.length - 1, 2000), StandardCharsets.UTF_8);
  }

  /** "select ACT_RU_TASK", "insert ACT_HI_VARINST", "COMMIT", "set autocommit=0". */
  static String nameOf(String sql) {
    String trimmed = sql.strip();
    Matcher update = FIRST_TABLE_OF_UPDATE.matcher(trimmed);
    if (update.lookingAt()) {
      return "update " + update.group(1);
    }
    Matcher table = TABLE.matcher(trimmed);
    if (table.lookingAt()) {
      return table.group(1).toLowerCase(Locale.ROOT) + " " + table.group(3);
    }
    String word = trimmed.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    return word.equals("COMMIT") || word.equals("ROLLBACK") ? word
        : trimmed.substring(0, Math.min(trimmed.length(), 40)).toLowerCase(Locale.ROOT);
  }

  /**
   * From the server to the node, packet by packet: the first packet of an answer has the
   * sequence number 1; the answer to a prepare names the statement's id. (A result set of more
   * than 255 packets wraps the sequence number; its wrapped 1 comes when no command waits.)
   */
  private static void answers(Socket from, Socket to, Connection connection) {
    try (InputStream in = new BufferedInputStream(from.getInputStream());
         OutputStream out = new BufferedOutputStream(to.getOutputStream())) {
      byte[] header = new byte[4];
      while (readFully(in, header, 4)) {
        int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16;
        byte[] payload = new byte[length];
        if (!readFully(in, payload, length)) {
          return;
        }
        if (header[3] == 1) {
          String preparing = connection.waiting.poll();
          if (preparing != null && !preparing.isEmpty() && length >= 5 && payload[0] == 0) {
            long id = (payload[1] & 0xffL) | (payload[2] & 0xffL) << 8
                | (payload[3] & 0xffL) << 16 | (payload[4] & 0xffL) << 24;
            connection.prepared.put(id, preparing);
          }
        }
        out.write(header);
        out.write(payload);
        if (in.available() == 0) {
          out.flush();
        }
      }
    } catch (IOException closed) {
      // the node or the server closed the connection
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static boolean readFully(InputStream in, byte[] buffer, int length)
      throws IOException {
    int done = 0;
    while (done < length) {
      int read = in.read(buffer, done, length - done);
      if (read < 0) {
        return false;
      }
      done += read;
    }
    return true;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
