package org.deptbot.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.deptbot.core.notices.NoticeTransitionRefused;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.Outcome;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.Route;
import org.deptbot.core.reports.SocialPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.testing.MessageKeys;
import org.deptbot.core.tips.TipEvent;
import org.deptbot.core.tips.TipStatus;
import org.junit.jupiter.api.Test;

/**
 * Every message key the bot's code asks for is in its bundle (messages.properties and core's
 * notice-posts.properties), so no one is ever shown a raw key or an error instead of a sentence.
 */
class MessageKeysTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final List<Path> BUNDLES =
      List.of(
          Path.of("src/main/resources/messages.properties"),
          Path.of("../core/src/main/resources/notice-posts.properties"));
  private static final Set<String> WORDING_CALLS =
      Set.of("get", "plain", "text", "replyWith", "button", "getMessage", "refusal");

  private final MessageKeys keys = MessageKeys.of(BUNDLES, WORDING_CALLS, SOURCES);

  @Test
  void everyWholeKeyTheCodeAsksForIsInTheBundle() {
    assertThat(keys.literalCount()).as("keys found in the sources").isGreaterThan(200);
    assertThat(keys.missingLiterals()).isEmpty();
  }

  @Test
  void everyKeyBuiltFromAPrefixAndAValueIsInTheBundle() throws IOException {
    Map<String, List<String>> expansions = expansions();
    assertThat(keys.unexplainedPrefixes(expansions))
        .as("prefixes joined to a value: name their values in expansions()")
        .isEmpty();
    assertThat(keys.missingExpansions(expansions)).isEmpty();
  }

  /** The keys the public sees: these must be in every language's bundle. */
  private static final List<String> PUBLIC_PREFIXES =
      List.of(
          "start.",
          "help.title",
          "help.more",
          "help.command.start",
          "help.command.help",
          "help.command.cancel",
          "help.command.subscribe",
          "help.command.unsubscribe",
          "help.command.subscriptions",
          "help.command.tip",
          "help.command.mytip",
          "button.",
          "discord.sent-to-dm",
          "discord.dm-closed",
          "cancel.",
          "unknown.",
          "answer.",
          "attachment.",
          "not-permitted",
          "flood",
          "error",
          "notice.category.",
          "subscribe.",
          "zones.",
          "tip.private-only",
          "tip.limit",
          "tip.unknown",
          "tip.emergency",
          "tip.self-harm",
          "tip.intro",
          "tip.ask-text",
          "tip.ask-photo",
          "tip.ask-contact",
          "tip.text-",
          "tip.photo-",
          "tip.contact-",
          "tip.review",
          "tip.button.skip",
          "tip.button.anonymous",
          "tip.button.send",
          "tip.button.discard",
          "tip.button.answer",
          "tip.use-buttons",
          "tip.discarded",
          "tip.receipt",
          "tip.tipster.",
          "mytip.");

  @Test
  void everyKeyThePublicSeesIsInEveryLanguagesBundleWithTheSamePlaceholders() throws IOException {
    java.util.Properties base = load(Path.of("src/main/resources/messages.properties"));
    List<Path> languages = languageBundles();
    assertThat(languages).as("language bundles").isNotEmpty();
    for (Path bundle : languages) {
      java.util.Properties translated = load(bundle);
      for (String key : base.stringPropertyNames()) {
        if (PUBLIC_PREFIXES.stream().anyMatch(key::startsWith)) {
          assertThat(translated.getProperty(key)).as(bundle + " has " + key).isNotBlank();
        }
      }
      for (String key : translated.stringPropertyNames()) {
        assertThat(base.getProperty(key))
            .as(bundle + ": " + key + " is in messages.properties (no stale key)")
            .isNotNull();
        assertThat(placeholders(translated.getProperty(key)))
            .as(bundle + ": " + key + " fills the same placeholders")
            .isEqualTo(placeholders(base.getProperty(key)));
      }
    }
  }

  /** messages_xx.properties beside messages.properties. */
  private static List<Path> languageBundles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
      return files
          .filter(p -> p.getFileName().toString().matches("messages_[a-z]{2,3}\\.properties"))
          .sorted()
          .toList();
    }
  }

  private static java.util.Properties load(Path bundle) throws IOException {
    java.util.Properties properties = new java.util.Properties();
    try (var reader = Files.newBufferedReader(bundle, java.nio.charset.StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new java.util.TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)").matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** The values each prefix the code uses is joined to. */
  private static Map<String, List<String>> expansions() throws IOException {
    Map<String, List<String>> values = new TreeMap<>();
    values.put("help.command.", chatCommandNames());
    values.put("role.", MessageKeys.names(Role.class));
    values.put("training.persona.", MessageKeys.names(Role.class));
    values.put("notice.category.", MessageKeys.names(NoticeCategory.class));
    values.put("notice.refused.", MessageKeys.names(NoticeTransitionRefused.Reason.class));
    values.put(
        "variable.problem.", MessageKeys.names("org.deptbot.core.templates.VariableCheck$Problem"));
    values.put(
        "notice.hint.",
        List.of("TEXT", "DATETIME_PAST", "DATETIME_FUTURE", "LOCATION", "PHONE", "URL", "PHOTO"));
    values.put("notice.preview.too-long.", List.of("title", "text", "caption"));
    values.put("emergency.severity.", MessageKeys.names(org.deptbot.core.templates.Severity.class));
    values.put("report.clause.", MessageKeys.names(PolicyClause.class));
    values.put("report.platform.", MessageKeys.names(SocialPlatform.class));
    values.put("report.review.mode.", MessageKeys.names(Confidentiality.class));
    values.put("report.evidence-refused.", MessageKeys.names(EvidenceStore.Refusal.class));
    values.put("case.status.", MessageKeys.names(CaseStatus.class));
    values.put("case.route.", MessageKeys.names(Route.Reason.class));
    values.put("case.event.", MessageKeys.names(org.deptbot.core.reports.CaseEvent.Kind.class));
    values.put("case.outcome.", MessageKeys.names(Outcome.class));
    // The reporter is told of these events only (CaseEvent.forReporter).
    values.put(
        "case.reporter.",
        List.of("ACKNOWLEDGED", "QUESTION_ASKED", "RESOLVED", "DISMISSED", "CLOSED", "REOPENED"));
    values.put(
        "case.button.",
        List.of(
            "ack",
            "ask",
            "escalate",
            "resolve",
            "dismiss",
            "assign",
            "finding",
            "allegation",
            "note",
            "notes",
            "reopen",
            "files"));
    values.put(
        "case.ask-note.",
        List.of(
            "ask",
            "dismiss",
            "resolve",
            "escalate",
            "assign",
            "note",
            "allegation",
            "finding",
            "reopen"));
    values.put("mycases.status.", MessageKeys.names(CaseStatus.class));
    values.put(
        "case.done.",
        List.of(
            "ack",
            "ask",
            "escalate",
            "resolve",
            "dismiss",
            "assign",
            "finding",
            "closed",
            "reopen"));
    values.put("tip.status.", MessageKeys.names(TipStatus.class));
    values.put("tip.event.", MessageKeys.names(TipEvent.Kind.class));
    // The tipster is told of these events only (TipEvent.forTipster).
    values.put("tip.tipster.", List.of("ACKNOWLEDGED", "QUESTION_ASKED", "CLOSED"));
    values.put("discord.post.", discordFailureKeys());
    values.put("photo-1.", List.of()); // a file name Discord shows, not a key
    return values;
  }

  /** The names of the commands a person can type (button-only commands have no help line). */
  private static List<String> chatCommandNames() throws IOException {
    Pattern name = Pattern.compile("String name\\(\\)\\s*\\{\\s*return \"([a-z_]+)\";");
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith("Command.java")).toList()) {
        String source = Files.readString(f);
        if (source.contains("implements ChatCommand")) {
          Matcher m = name.matcher(source);
          if (m.find()) {
            names.add(m.group(1));
          }
        }
      }
    }
    assertThat(names).as("commands found").contains("help", "report", "notice", "tip");
    return names;
  }

  /** The refusals DiscordFailures words as {@code permanent("key", …)}. */
  private static List<String> discordFailureKeys() throws IOException {
    String source =
        Files.readString(SOURCES.resolve("org/deptbot/bot/discord/DiscordFailures.java"));
    Matcher m = Pattern.compile("permanent\\(\"([a-z-]+)\"").matcher(source);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    assertThat(found).as("DiscordFailures' refusals").isNotEmpty();
    return found;
  }

  @Test
  void noWordingWithArgumentsHasALoneApostropheThatTheFormatterWouldEat() {
    assertThat(
            Stream.of(
                    "src/main/resources/messages.properties",
                    "src/main/resources/messages_es.properties",
                    "../core/src/main/resources/notice-posts.properties",
                    "../core/src/main/resources/notice-posts_es.properties")
                .map(Path::of)
                .flatMap(bundle -> MessageKeys.loneApostrophes(bundle).stream())
                .toList())
        .isEmpty();
  }
}
