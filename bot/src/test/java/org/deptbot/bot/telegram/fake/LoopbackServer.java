package org.deptbot.bot.telegram.fake;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** The JDK HTTP server on a free loopback port, with one thread for every call in flight. */
final class LoopbackServer {

  static final String HOST = "127.0.0.1";

  /** Room for many clients connecting at once; the default backlog (50) can overflow in a burst. */
  private static final int BACKLOG = 1024;

  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK, and every call takes about 40 ms. Read once, when the first server starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpHandler handler;
  private final ExecutorService executor;
  private final AtomicInteger inFlight = new AtomicInteger();
  private HttpServer server;
  private int port;

  LoopbackServer(HttpHandler handler) {
    this.handler = handler;
    // Unbounded and daemon: every waiting long poll holds a thread, and none may keep the JVM up.
    executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "fake-telegram");
              thread.setDaemon(true);
              return thread;
            });
    listen(0);
  }

  private synchronized void listen(int onPort) {
    try {
      server =
          HttpServer.create(new InetSocketAddress(InetAddress.getByName(HOST), onPort), BACKLOG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    port = server.getAddress().getPort();
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          inFlight.incrementAndGet();
          try {
            handler.handle(exchange);
          } finally {
            inFlight.decrementAndGet();
          }
        });
    server.start();
  }

  /** Calls being handled now, latency sleeps included. */
  int inFlight() {
    return inFlight.get();
  }

  synchronized int port() {
    return port;
  }

  /**
   * Closes the port: connecting is refused, as when Telegram cannot be reached, until {@link
   * #reopen()}.
   */
  synchronized void closePort() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  /** Listens again on the same port. */
  synchronized void reopen() {
    if (server == null) {
      listen(port);
    }
  }

  /**
   * Stops after the calls in flight were answered, for at most a second, so a client still polling
   * gets its empty batch rather than a cut connection. Not {@code server.stop(1)}: on Java 17 that
   * waits the whole second even when nothing is in flight.
   */
  void stop() {
    try {
      Awaitility.await()
          .atMost(Duration.ofSeconds(1))
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(5))
          .until(() -> inFlight.get() == 0);
    } catch (ConditionTimeoutException e) {
      // a call still under way after a second is cut off, as server.stop would
    }
    closePort();
    executor.shutdownNow();
  }
}
