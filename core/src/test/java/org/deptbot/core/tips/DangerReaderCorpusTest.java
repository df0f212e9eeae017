package org.deptbot.core.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Measures {@link DangerReader} on a labelled corpus of tips ({@code tips/emergency-corpus.tsv}):
 * recall on emergencies (self-harm included) and the false-alarm rate on ordinary tips, in English
 * and Spanish.
 */
class DangerReaderCorpusTest {

  private static final double MIN_RECALL = 0.95;
  private static final double MAX_FALSE_ALARMS = 0.10;

  record Example(String kind, String language, String text) {
    boolean emergency() {
      return !kind.equals("ordinary");
    }

    Danger expected() {
      return switch (kind) {
        case "ordinary" -> Danger.NONE;
        case "self-harm" -> Danger.SELF_HARM;
        default -> Danger.EMERGENCY;
      };
    }
  }

  @Test
  void findsEmergenciesWithoutCryingWolf() throws IOException {
    List<Example> corpus = corpus();
    List<String> missed = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    int emergencies = 0;
    int ordinary = 0;
    List<String> not988 = new ArrayList<>();
    for (Example e : corpus) {
      Danger read = DangerReader.classify(e.text());
      boolean flagged = read.urgent();
      if ((read == Danger.SELF_HARM) != (e.expected() == Danger.SELF_HARM)) {
        not988.add(e.kind() + "/" + e.language() + " read as " + read + ": " + e.text());
      }
      if (e.emergency()) {
        emergencies++;
        if (!flagged) {
          missed.add(e.kind() + "/" + e.language() + ": " + e.text());
        }
      } else {
        ordinary++;
        if (flagged) {
          falseAlarms.add(e.language() + ": " + e.text());
        }
      }
    }
    double recall = 1.0 - (double) missed.size() / emergencies;
    double falseAlarm = (double) falseAlarms.size() / ordinary;
    System.out.printf(
        "EMERGENCY CORPUS recall=%.2f false-alarm=%.2f n=%d (emergencies=%d ordinary=%d"
            + " self-harm-mismatches=%d)%n",
        recall, falseAlarm, corpus.size(), emergencies, ordinary, not988.size());
    not988.forEach(m -> System.out.println("  988 mismatch " + m));
    missed.forEach(m -> System.out.println("  missed " + m));
    falseAlarms.forEach(f -> System.out.println("  false alarm " + f));

    assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
    assertThat(recall)
        .as("recall on emergencies, missed: %s", missed)
        .isGreaterThanOrEqualTo(MIN_RECALL);
    assertThat(falseAlarm)
        .as("false alarms on ordinary tips: %s", falseAlarms)
        .isLessThanOrEqualTo(MAX_FALSE_ALARMS);
    assertThat(not988).as("self-harm read as self-harm, and nothing else").isEmpty();
  }

  static List<Example> corpus() throws IOException {
    try (InputStream in =
        DangerReaderCorpusTest.class.getResourceAsStream("/tips/emergency-corpus.tsv")) {
      String all = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
      return all.lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", 3))
          .map(p -> new Example(p[0], p[1], p[2]))
          .toList();
    }
  }
}
