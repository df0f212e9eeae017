package org.deptbot.core.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deptbot.core.templates.TemplateSamples;
import org.deptbot.core.templates.TemplateText;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.VariableRules;
import org.deptbot.core.templates.VariableType;
import org.deptbot.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The example department's templates read as sentences whatever a dispatcher types: the sample
 * answers the approver sees, answers with or without a closing full stop, and the quick form in the
 * README and the bot's hint. Every blank has an example, so approvers see real sentences.
 */
class ExampleSeedWordingTest {

  private static final Path SEED = Path.of("..", "examples", "seed.yml");

  private final SeedFile seed = new SeedParser().parse(SEED);
  private final VariableRules rules =
      new VariableRules(
          new MutableClock(Instant.parse("2026-12-02T15:00:00Z")), ZoneId.of("America/Chicago"));
  private final TemplateSamples samples = new TemplateSamples(rules);

  @Test
  void theQuickFormExampleReadsAsSentences() {
    SeedTemplate road = template("road_closure");
    String body =
        TemplateText.render(road.body(), Map.of("street", "Main St", "reason", "water main break"));

    assertThat(body).startsWith("Main St is closed.\nReason: water main break.\n");
  }

  @Test
  void everyBlankHasAnExampleItsRulesAccept() {
    for (SeedTemplate t : seed.templates()) {
      for (TemplateVariable v : t.variables()) {
        if (v.type() == VariableType.PHOTO || !v.choices().isEmpty()) {
          continue;
        }
        assertThat(v.example()).as(t.key() + "." + v.name() + " has an example").isNotNull();
        assertThat(rules.check(v, v.example()))
            .as(t.key() + "." + v.name() + " example " + v.example())
            .isInstanceOf(org.deptbot.core.templates.VariableCheck.Valid.class);
      }
    }
  }

  @Test
  void everyTemplateReadsWellWithSamplesWithOrWithoutAFullStopAndWithoutOptionalOnes() {
    for (SeedTemplate t : seed.templates()) {
      Map<String, String> sample = new LinkedHashMap<>();
      Map<String, String> stopped = new LinkedHashMap<>();
      Map<String, String> required = new LinkedHashMap<>();
      for (TemplateVariable v : t.variables()) {
        String value = v.type() == VariableType.PHOTO ? "" : samples.sample(v);
        sample.put(v.name(), value);
        boolean sentenceLike = v.type() == VariableType.TEXT && v.maxLength() >= 120;
        stopped.put(
            v.name(),
            !sentenceLike || value.isEmpty() || value.endsWith(".") ? value : value + ".");
        required.put(v.name(), v.required() ? value : "");
      }
      for (Map<String, String> values : List.of(sample, stopped, required)) {
        String post =
            TemplateText.render(t.title(), values) + "\n" + TemplateText.render(t.body(), values);
        assertThat(post)
            .as(t.key() + " with " + values)
            .doesNotContain("..", " .", " ,", ",.", ":.", "{{", "[")
            .doesNotContainPattern("(?m): *$")
            .doesNotContainPattern("(?m)^\\s*[.,]");
      }
    }
  }

  private SeedTemplate template(String key) {
    return seed.templates().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
  }
}
