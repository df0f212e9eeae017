package org.deptbot.core.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The department's findings, most serious first: the standard five (Sustained, Policy Failure, Not
 * Sustained, Exonerated, Unfounded) unless the seed file's {@code findings:} section renames or
 * adds some, and whether the reporter of a closed case is told each allegation's finding in plain
 * words (the seed's {@code cases: {tell-reporter-finding: true}}; off by default). Stored in {@code
 * case_settings} by whichever program read the seed, so the bot and the console read the same ones;
 * nothing stored means the defaults.
 */
public class Findings {

  public static final String SUSTAINED = "SUSTAINED";
  public static final String POLICY_FAILURE = "POLICY_FAILURE";
  public static final String NOT_SUSTAINED = "NOT_SUSTAINED";
  public static final String EXONERATED = "EXONERATED";
  public static final String UNFOUNDED = "UNFOUNDED";

  static final String COLLECTION = "case_settings";
  private static final String ID = "findings";

  /**
   * One finding: its code (stored on allegations), its name and what it means in plain words, by
   * language code ({@code en}, {@code es}); English is used where a language has none.
   */
  public record Finding(String code, Map<String, String> labels, Map<String, String> meanings) {

    public Finding {
      labels = Map.copyOf(labels);
      meanings = Map.copyOf(meanings);
    }

    public String label(String language) {
      return pick(labels, language, code);
    }

    /** What it means for the reporter, such as "the policy was broken". */
    public String meaning(String language) {
      return pick(meanings, language, label(language));
    }

    private static String pick(Map<String, String> by, String language, String otherwise) {
      String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
      return Optional.ofNullable(by.get(lang))
          .or(() -> Optional.ofNullable(by.get("en")))
          .orElse(otherwise);
    }
  }

  /** What the seed says: the findings in order, and whether the reporter is told them. */
  public record Settings(List<Finding> findings, boolean tellReporterFinding) {

    public Settings {
      findings = List.copyOf(findings);
      if (findings.isEmpty()) {
        throw new IllegalArgumentException("a department has at least one finding");
      }
    }
  }

  /** The standard findings, most serious first. */
  public static final List<Finding> DEFAULTS =
      List.of(
          new Finding(
              SUSTAINED,
              Map.of("en", "Sustained", "es", "Fundada"),
              Map.of("en", "the policy was broken", "es", "se incumplió la política")),
          new Finding(
              POLICY_FAILURE,
              Map.of("en", "Policy failure", "es", "Falla de la política"),
              Map.of(
                  "en",
                  "the policy itself needs to change",
                  "es",
                  "la política misma debe cambiar")),
          new Finding(
              NOT_SUSTAINED,
              Map.of("en", "Not sustained", "es", "No comprobada"),
              Map.of(
                  "en",
                  "there was not enough evidence to decide",
                  "es",
                  "no hubo pruebas suficientes para decidir")),
          new Finding(
              EXONERATED,
              Map.of("en", "Exonerated", "es", "Exonerada"),
              Map.of(
                  "en",
                  "it happened, but it did not break the policy",
                  "es",
                  "ocurrió, pero no incumplió la política")),
          new Finding(
              UNFOUNDED,
              Map.of("en", "Unfounded", "es", "Infundada"),
              Map.of("en", "it did not happen as reported", "es", "no ocurrió como se informó")));

  public static final Settings DEFAULT_SETTINGS = new Settings(DEFAULTS, false);

  private final MongoOperations mongo;

  public Findings(MongoOperations mongo) {
    this.mongo = mongo;
  }

  /** The standard findings, stored nowhere: for tests and tools without a database. */
  public static Findings defaults() {
    return new Findings(null);
  }

  /** The department's findings, most serious first. */
  public List<Finding> all() {
    return settings().findings();
  }

  public Optional<Finding> byCode(String code) {
    return code == null
        ? Optional.empty()
        : all().stream().filter(f -> f.code().equalsIgnoreCase(code.strip())).findFirst();
  }

  /** Whether the reporter of a closed case is told each allegation's finding. */
  public boolean tellReporterFinding() {
    return settings().tellReporterFinding();
  }

  /**
   * The most serious of these codes, by the department's order; a code the department no longer has
   * counts as least serious. Empty when there is none.
   */
  public Optional<String> mostSerious(List<String> codes) {
    List<String> order = all().stream().map(Finding::code).toList();
    return codes.stream()
        .filter(c -> c != null)
        .min(
            (a, b) ->
                Integer.compare(
                    order.contains(a) ? order.indexOf(a) : order.size(),
                    order.contains(b) ? order.indexOf(b) : order.size()));
  }

  /** The settings as stored; {@link #DEFAULT_SETTINGS} when none are. */
  public Settings settings() {
    if (mongo == null) {
      return DEFAULT_SETTINGS;
    }
    Document d = mongo.findById(ID, Document.class, COLLECTION);
    if (d == null || !(d.get("findings") instanceof List<?> stored) || stored.isEmpty()) {
      return d == null
          ? DEFAULT_SETTINGS
          : new Settings(DEFAULTS, Boolean.TRUE.equals(d.getBoolean("tellReporterFinding")));
    }
    List<Finding> findings = new ArrayList<>();
    for (Object o : stored) {
      if (o instanceof Document f) {
        findings.add(
            new Finding(f.getString("code"), strings(f.get("labels")), strings(f.get("meanings"))));
      }
    }
    return new Settings(findings, Boolean.TRUE.equals(d.getBoolean("tellReporterFinding")));
  }

  /** Makes {@code settings} the stored ones; repeating it changes nothing. */
  public void set(Settings settings) {
    if (mongo == null) {
      throw new IllegalStateException("these findings are the defaults, stored nowhere");
    }
    List<Document> findings =
        settings.findings().stream()
            .map(
                f ->
                    new Document("code", f.code())
                        .append("labels", new Document(new LinkedHashMap<>(f.labels())))
                        .append("meanings", new Document(new LinkedHashMap<>(f.meanings()))))
            .toList();
    mongo.save(
        new Document("_id", ID)
            .append("findings", findings)
            .append("tellReporterFinding", settings.tellReporterFinding()),
        COLLECTION);
  }

  private static Map<String, String> strings(Object o) {
    Map<String, String> out = new LinkedHashMap<>();
    if (o instanceof Document d) {
      d.forEach((k, v) -> out.put(k, String.valueOf(v)));
    }
    return out;
  }
}
