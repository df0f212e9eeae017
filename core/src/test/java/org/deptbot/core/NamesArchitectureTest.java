package org.deptbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The naming rules of docs/architecture.md ("Names"), over the main sources of all three modules:
 * no two classes share a simple name, wording classes end in {@code Texts} (not the retired
 * suffixes), and the package of reports and cases is called {@code reports} everywhere. The modules
 * do not see each other's classes, so this reads their source folders.
 */
class NamesArchitectureTest {

  /** Simple names that may repeat: a package's documentation. */
  private static final Set<String> MAY_REPEAT = Set.of("package-info");

  /** Suffixes that once meant "words for a person"; such a class now ends in Texts. */
  private static final List<String> RETIRED_SUFFIXES = List.of("Words", "Replies", "Refusals");

  private static List<Path> mainSources;

  @BeforeAll
  static void readSources() throws IOException {
    Path root = repositoryRoot();
    try (Stream<Path> modules = Stream.of("core", "bot", "admin").map(root::resolve)) {
      mainSources =
          modules
              .map(m -> m.resolve("src/main/java"))
              .filter(Files::isDirectory)
              .flatMap(NamesArchitectureTest::javaFiles)
              .toList();
    }
    assertThat(mainSources).as("main sources of core, bot and admin").hasSizeGreaterThan(100);
  }

  @Test
  void noTwoMainClassesShareASimpleName() {
    Map<String, List<Path>> byName =
        mainSources.stream()
            .collect(
                Collectors.groupingBy(
                    NamesArchitectureTest::simpleName, TreeMap::new, Collectors.toList()));
    Map<String, List<Path>> repeated = new TreeMap<>(byName);
    repeated.values().removeIf(paths -> paths.size() < 2);
    repeated.keySet().removeAll(MAY_REPEAT);
    assertThat(repeated).as("simple names used by more than one main class").isEmpty();
  }

  @Test
  void wordingClassesEndInTexts() {
    List<String> retired =
        mainSources.stream()
            .map(NamesArchitectureTest::simpleName)
            .filter(n -> RETIRED_SUFFIXES.stream().anyMatch(n::endsWith))
            .toList();
    assertThat(retired).as("classes with a retired suffix (use Texts)").isEmpty();
  }

  @Test
  void reportsAndCasesLiveInPackagesCalledReports() {
    List<Path> cases =
        mainSources.stream()
            .map(Path::getParent)
            .distinct()
            .filter(dir -> dir.getFileName().toString().equals("cases"))
            .toList();
    assertThat(cases).as("packages called cases (call them reports)").isEmpty();
  }

  private static Stream<Path> javaFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String simpleName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".java".length());
  }

  /** The folder holding core, bot and admin, from wherever the test runs inside it. */
  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("core")) && Files.isDirectory(dir.resolve("bot"))) {
        return dir;
      }
    }
    throw new IllegalStateException("not inside the deptbot repository");
  }
}
