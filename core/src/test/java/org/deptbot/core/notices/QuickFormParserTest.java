package org.deptbot.core.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QuickFormParserTest {

  private static QuickForm parsed(String text) {
    QuickFormResult result = QuickFormParser.parse(text);
    if (result instanceof QuickFormResult.Parsed parsed) {
      return parsed.form();
    }
    throw new AssertionError("expected " + text + " to parse, got " + result);
  }

  private static String invalid(String text) {
    QuickFormResult result = QuickFormParser.parse(text);
    if (result instanceof QuickFormResult.Invalid invalid) {
      return invalid.message();
    }
    throw new AssertionError("expected " + text + " to be rejected, got " + result);
  }

  @Test
  void readsTheDispatcherExampleInTypingOrder() {
    // GIVEN the line from the quick-reference card
    String text =
        "road_closure street=\"Main St between 3rd and 5th\" until=18:00 detour='Use Oak Ave'";

    // WHEN it is parsed
    QuickForm form = parsed(text);

    // THEN the key and the three values come out, in the order typed
    assertThat(form.templateKey()).isEqualTo("road_closure");
    assertThat(form.values())
        .containsExactly(
            Map.entry("street", "Main St between 3rd and 5th"),
            Map.entry("until", "18:00"),
            Map.entry("detour", "Use Oak Ave"));
  }

  @Test
  void aTemplateAloneIsAFormWithNoValues() {
    // GIVEN only a key, with stray spaces; WHEN parsed; THEN the form has no values
    QuickForm form = parsed("  weather_emergency  ");
    assertThat(form.templateKey()).isEqualTo("weather_emergency");
    assertThat(form.values()).isEmpty();
  }

  @ParameterizedTest(name = "{0} gives street={1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "x street=\"Main St\"                  | Main St",
        "x street='Main St'                    | Main St",
        "x street=\u201CMain St\u201D          | Main St",
        "x street=\u2018Main St\u2019          | Main St",
        "x street=\u201DMain St\u201D          | Main St",
        "x street=\"the \\\"Loop\\\" road\"    | the \"Loop\" road",
        "x street=\"C:\\\\dir\"                | C:\\dir",
        "x street=\"a\\b\"                     | a\\b",
        "x street='O\\'Brien Rd'               | O'Brien Rd",
        "x street='O'Brien Rd'                 | O'Brien Rd",
        "x street=\u2018O\u2019Brien Rd\u2019  | O\u2019Brien Rd",
        "x street='back\\\\slash'              | back\\\\slash",
        "x street=\"it's here\"                | it's here",
        "x street=O'Brien                      | O'Brien",
        "x street=Main\"St                     | Main\"St",
        "x street=\"a=b c\"                    | a=b c",
      })
  void quotedValuesKeepTheirSpacesAndEscapes(String text, String street) {
    // GIVEN a value written one way or another; WHEN parsed; THEN the value is exactly the words
    assertThat(parsed(text.strip()).values()).containsExactly(Map.entry("street", street));
  }

  @Test
  void aQuotedValueMaySpanLines() {
    assertThat(parsed("x street=\"two\nlines\"").values()).containsEntry("street", "two\nlines");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x note=\"\"", "x note=''", "x note=\u201C\u201D"})
  void anEmptyQuotedValueIsAllowed(String text) {
    // GIVEN a deliberately empty value; WHEN parsed; THEN it is there and empty
    assertThat(parsed(text).values()).containsExactly(Map.entry("note", ""));
  }

  @Test
  void keyAndNamesAreReadInAnyCaseAndComeOutLowerCase() {
    // GIVEN shouting caps from a phone; WHEN parsed; THEN key and names are lower case, values not
    QuickForm form = parsed("Road_Closure STREET=\"MAIN St\"\u00A0Until=18:00");
    assertThat(form.templateKey()).isEqualTo("road_closure");
    assertThat(form.values())
        .containsExactly(Map.entry("street", "MAIN St"), Map.entry("until", "18:00"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\n"})
  void anEmptyLineAsksForATemplate(String text) {
    assertThat(invalid(text)).startsWith("Name a template, e.g. /notice road_closure");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "road-closure x=1 | 'road-closure' is not a template name; use up to 40 letters, digits and _, e.g. road_closure",
        "road.closure     | 'road.closure' is not a template name; use up to 40 letters, digits and _, e.g. road_closure",
        "street=Main      | Start with the template name, e.g. /notice road_closure street=Main",
      })
  void aBadTemplateKeyIsNamedWithAFix(String text, String message) {
    assertThat(invalid(text)).isEqualTo(message);
  }

  @Test
  void aTemplateKeyOverFortyCharactersIsRejected() {
    assertThat(invalid("a".repeat(41))).contains("is not a template name");
    assertThat(parsed("a".repeat(40)).templateKey()).hasSize(40);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "x Main                         | 'Main' is not name=value; put values with spaces in quotes: street=\"Main St\"",
        "x street=Main St               | 'St' is not name=value; put values with spaces in quotes: street=\"Main St\"",
        "x street=Main St by 3rd until=9 | 'St' is not name=value; put values with spaces in quotes: street=\"Main St by 3rd\"",
        "x street=\"Elm\" St            | 'St' is not name=value; put values with spaces in quotes: street=\"Elm St\"",
        "x street=Main St until=9 St    | 'St' is not name=value; put values with spaces in quotes: street=\"Main St\"",
      })
  void aBareWordSaysToQuoteValuesWithSpaces(String text, String message) {
    // GIVEN a word that is not name=value; WHEN parsed; THEN the message shows how to quote it,
    // using the dispatcher's own words: most likely the word belongs to the value before it
    assertThat(invalid(text.strip())).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "x street=\"Main St                 | The quote after street= is not closed; end the value with a matching quote.",
        "x street='Main St                  | The quote after street= is not closed; end the value with a matching quote.",
        "x street=\u201CMain St             | The quote after street= is not closed; end the value with a matching quote.",
        "x until=9 street=\"Main St\\\"     | The quote after street= is not closed; end the value with a matching quote.",
        "x street=\"Main St\"until=9        | Add a space after the closing quote of street=; for a quote inside the value write \\\"",
        "x street= Main                     | Nothing follows street=; put the value right after =, or street=\"\" to leave it empty.",
        "x street=                          | Nothing follows street=; put the value right after =, or street=\"\" to leave it empty.",
      })
  void aBadValueIsNamedWithAFix(String text, String message) {
    assertThat(invalid(text.strip())).isEqualTo(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x street=A street=B", "x street=A Street='B'"})
  void aNameGivenTwiceIsRejected(String text) {
    assertThat(invalid(text)).isEqualTo("street is given twice; keep one.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "x 2nd=Main       | '2nd' is not a valid name; start with a letter, then letters, digits or _",
        "x st-reet=Main   | 'st-reet' is not a valid name; start with a letter, then letters, digits or _",
        "x =Main          | A value has no name before =; write name=value, e.g. street=\"Main St\"",
      })
  void aBadNameIsRejected(String text, String message) {
    assertThat(invalid(text)).isEqualTo(message);
  }

  @Test
  void aNameOverFortyCharactersIsRejected() {
    assertThat(invalid("x " + "n".repeat(41) + "=1")).contains("is not a valid name");
    assertThat(parsed("x " + "n".repeat(40) + "=1").values()).hasSize(1);
  }

  @Test
  void inputOverTheLimitIsRejectedWithItsLength() {
    // GIVEN a line one character over the limit; WHEN parsed; THEN the message gives both numbers
    String text = "x note=" + "a".repeat(QuickFormParser.MAX_LENGTH - 7 + 1);
    assertThat(invalid(text))
        .isEqualTo("That is 4001 characters; the limit is 4000. Shorten the values.");
    assertThat(parsed(text.substring(0, QuickFormParser.MAX_LENGTH)).values()).hasSize(1);
  }

  @Test
  void aLongPastedWordIsShortenedInTheMessage() {
    String message = invalid("x " + "w".repeat(500));
    assertThat(message)
        .startsWith("'" + "w".repeat(27) + "...' is not name=value")
        .hasSizeLessThan(120);
  }

  @Test
  void unknownNamesAreThoseTheTemplateDoesNotKnowSorted() {
    // GIVEN a form with two names the template lacks
    QuickForm form = parsed("road_closure zeta=1 street=Main alpha=2 until=9");

    // WHEN compared with the template's variables (in any case); THEN the extras come back sorted
    assertThat(QuickFormParser.unknownNames(form, Set.of("Street", "until", "detour")))
        .containsExactly("alpha", "zeta");
    assertThat(QuickFormParser.unknownNames(form, Set.of("street", "until", "alpha", "zeta")))
        .isEmpty();
  }

  @Test
  void missingNamesAreRequiredOnesNotGivenSortedAndEmptyCountsAsGiven() {
    // GIVEN a form that leaves detour empty on purpose and omits until and street
    QuickForm form = parsed("road_closure detour=\"\"");

    // WHEN checked against the required names; THEN the omitted ones come back sorted, lower case
    assertThat(QuickFormParser.missingNames(form, Set.of("until", "Street", "detour")))
        .containsExactly("street", "until");
  }

  @Test
  void theFormCannotBeChangedAfterParsing() {
    // GIVEN a map that the caller still holds
    Map<String, String> values = new LinkedHashMap<>(Map.of("street", "Main"));
    QuickForm form = new QuickForm("road_closure", values);

    // WHEN the caller changes it; THEN the form does not change, and cannot be changed itself
    values.put("until", "9");
    assertThat(form.values()).containsOnlyKeys("street");
    assertThatThrownBy(() -> form.values().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
