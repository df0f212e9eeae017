package org.deptbot.bot.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** How {@link ReportsBench} prints its figures. */
final class BenchFigures {

  private BenchFigures() {}

  /** p50, p95, p99 and max of {@code nanos}, in milliseconds (nearest rank), and the count. */
  static String latencies(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d)",
        at(sorted, 50),
        at(sorted, 95),
        at(sorted, 99),
        at(sorted, 100),
        sorted.length);
  }

  static void line(String label, String format, Object... args) {
    System.out.printf(Locale.ROOT, "  %-16s %s%n", label, String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  /** The 1, 5 and 15 minute load averages (Linux), or "n/a". */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  private static double at(long[] sorted, int p) {
    return sorted[(int) Math.max(0, Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }
}
