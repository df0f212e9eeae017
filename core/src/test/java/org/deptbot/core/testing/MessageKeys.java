package org.deptbot.core.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the message keys a module's code uses and says which its bundle lacks, so that a missing
 * key fails a test instead of showing a person a raw key (or an exception) in chat or on a page.
 *
 * <p>Two kinds of use are found in the sources: a whole key written as a literal ({@code
 * "case.done.ack"}), and a prefix joined to a value ({@code "case.status." + r.status()}). The
 * values a prefix can be joined to cannot be read from the source, so the test names them: every
 * prefix the code uses must be given its values, and each prefix plus value must be in the bundle.
 */
public final class MessageKeys {

  private static final Pattern LITERAL =
      Pattern.compile(
          "\\b(\\w+)\\(\\s*(?:[a-z]\\w*,\\s*)?\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)+)\"(?!\\s*\\+)");
  private static final Pattern PREFIX =
      Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)*\\.)\"\\s*\\+");

  private static final Pattern PAGE_LITERAL =
      Pattern.compile("#\\{([a-z][A-Za-z0-9_.-]*[A-Za-z0-9_-])\\s*[}(]");
  private static final Pattern PAGE_PREFIX =
      Pattern.compile("#\\{'([a-z][A-Za-z0-9_.-]*\\.)'\\s*\\+");

  private final Set<String> bundle = new TreeSet<>();
  private final Set<String> wordingCalls;
  private final Map<String, Set<String>> literals = new TreeMap<>();
  private final Map<String, Set<String>> prefixes = new TreeMap<>();

  private MessageKeys(Set<String> wordingCalls) {
    this.wordingCalls = wordingCalls;
  }

  /**
   * Reads the bundles (the files of one message source's basenames) and the Java sources under
   * {@code sources}; a literal counts as a key where it is the first argument (or the second, after
   * a plain name such as {@code context}) of one of {@code wordingCalls}.
   */
  public static MessageKeys of(List<Path> bundles, Set<String> wordingCalls, Path... sources) {
    MessageKeys keys = new MessageKeys(wordingCalls);
    bundles.forEach(b -> keys.bundle.addAll(read(b)));
    for (Path root : sources) {
      keys.scan(root);
    }
    return keys;
  }

  /**
   * Also reads the Thymeleaf pages under {@code root}: {@code #{key}} and {@code #{'prefix.' + …}}.
   */
  public MessageKeys withPages(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String name = page.getFileName().toString();
        Matcher literal = PAGE_LITERAL.matcher(html);
        while (literal.find()) {
          literals.computeIfAbsent(literal.group(1), k -> new TreeSet<>()).add(name);
        }
        Matcher prefix = PAGE_PREFIX.matcher(html);
        while (prefix.find()) {
          prefixes.computeIfAbsent(prefix.group(1), k -> new TreeSet<>()).add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The whole keys the code asks for that the bundles lack, each with where it is used. */
  public List<String> missingLiterals() {
    List<String> missing = new ArrayList<>();
    literals.forEach(
        (key, where) -> {
          if (!bundle.contains(key)) {
            missing.add(key + " (used in " + String.join(", ", where) + ")");
          }
        });
    return missing;
  }

  /** How many whole keys were found, so a test can tell the scan saw the code at all. */
  public int literalCount() {
    return literals.size();
  }

  /** The prefixes the code joins to a value that {@code expansions} does not name. */
  public List<String> unexplainedPrefixes(Map<String, ? extends Collection<String>> expansions) {
    List<String> unexplained = new ArrayList<>();
    prefixes.forEach(
        (prefix, where) -> {
          if (!expansions.containsKey(prefix)) {
            unexplained.add(prefix + " (used in " + String.join(", ", where) + ")");
          }
        });
    return unexplained;
  }

  /** Each prefix plus each of its values that the bundle lacks. */
  public List<String> missingExpansions(Map<String, ? extends Collection<String>> expansions) {
    List<String> missing = new ArrayList<>();
    expansions.forEach(
        (prefix, values) ->
            values.stream()
                .map(v -> prefix + v)
                .filter(k -> !bundle.contains(k))
                .forEach(missing::add));
    return missing;
  }

  /** The names of an enum's constants, for an expansion. */
  public static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  /** The names of an enum's constants, for an enum the test cannot name (package-private). */
  public static List<String> names(String enumClass) {
    try {
      Object[] constants = Class.forName(enumClass).getEnumConstants();
      return Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList();
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("No enum " + enumClass, e);
    }
  }

  private void scan(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(this::scanFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void scanFile(Path file) {
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = file.getFileName().toString();
    Matcher literal = LITERAL.matcher(source);
    while (literal.find()) {
      if (wordingCalls.contains(literal.group(1))) {
        literals.computeIfAbsent(literal.group(2), k -> new TreeSet<>()).add(name);
      }
    }
    Matcher prefix = PREFIX.matcher(source);
    while (prefix.find()) {
      prefixes.computeIfAbsent(prefix.group(1), k -> new TreeSet<>()).add(name);
    }
  }

  /**
   * The keys of {@code bundleFile} whose wording takes arguments and has a lone {@code '}: the
   * message formatter reads it as the start of a quote, so "the department's {0}" would lose the
   * apostrophe and show the placeholder raw. Such wording needs {@code ''} or {@code ’}.
   */
  public static List<String> loneApostrophes(Path bundleFile) {
    Properties properties = load(bundleFile);
    return properties.stringPropertyNames().stream()
        .filter(key -> LONE_APOSTROPHE_WITH_ARGUMENTS.test(properties.getProperty(key)))
        .sorted()
        .map(key -> bundleFile.getFileName() + ": " + key)
        .toList();
  }

  private static final java.util.function.Predicate<String> LONE_APOSTROPHE_WITH_ARGUMENTS =
      value ->
          Pattern.compile("\\{\\d").matcher(value).find()
              && Pattern.compile("(?<!')'(?!')").matcher(value).find();

  private static Set<String> read(Path bundleFile) {
    return new TreeSet<>(load(bundleFile).stringPropertyNames());
  }

  private static Properties load(Path bundleFile) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(bundleFile, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
