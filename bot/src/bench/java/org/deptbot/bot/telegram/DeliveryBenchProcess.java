package org.deptbot.bot.telegram;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One {@link DeliveryBenchWorker} JVM: same java binary and class path as the benchmark. Its
 * {@code @} lines are queued for {@link #await}; its log lines are passed on to stderr, indented.
 */
final class DeliveryBenchProcess {

  private static final String EXITED = "@EXITED";
  private static final String PROCESS = "@PROCESS ";

  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Writer stdin;
  private volatile String name = "";

  private DeliveryBenchProcess(Process process) {
    this.process = process;
    this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader = new Thread(this::read, "bench-worker-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts a worker; {@code args} follow the database's address and the fake's port. */
  static DeliveryBenchProcess start(String mongodbUri, int fakePort, List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String extra = System.getenv("BENCH_WORKER_JVM");
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.strip().split("\\s+")));
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DeliveryBenchWorker.class.getName());
    command.add(mongodbUri);
    command.add(String.valueOf(fakePort));
    command.addAll(args);
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    return new DeliveryBenchProcess(process);
  }

  /** Waits for the next line starting with {@code prefix}; returns what follows it. */
  String await(String prefix, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        kill();
        throw new IllegalStateException("the worker did not say " + prefix + " in " + timeout);
      }
      if (line.equals(EXITED)) {
        throw new IllegalStateException(
            "the worker exited (" + process.waitFor() + ") before saying " + prefix);
      }
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length()).strip();
      }
    }
  }

  /** Its name in the sending role's lease, once it said it ({@code @PROCESS}); else empty. */
  String name() {
    return name;
  }

  void send(String line) throws IOException {
    stdin.write(line + "\n");
    stdin.flush();
  }

  /**
   * SIGKILL on Linux: no shutdown hooks, nothing flushed, sends in flight cut off. Nothing if it
   * has exited already.
   */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      kill();
      throw new IllegalStateException("the worker did not exit in " + timeout);
    }
    return process.exitValue();
  }

  private void read() {
    try (var in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith(PROCESS)) {
          name = line.substring(PROCESS.length()).strip();
        } else if (line.startsWith("@")) {
          lines.add(line);
        } else {
          System.err.println("    [worker] " + line);
        }
      }
    } catch (IOException e) {
      // the process was killed: its stdout is gone
    } finally {
      lines.add(EXITED);
    }
  }
}
