package org.deptbot.core.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.deptbot.core.notices.GuardrailRule.Action.REFUSE;
import static org.deptbot.core.notices.GuardrailRule.Action.WARN;
import static org.deptbot.core.notices.GuardrailRule.Kind.PATTERN;
import static org.deptbot.core.notices.GuardrailRule.Kind.PHRASE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuardrailsTest {

  private static final GuardrailRule GUILTY =
      new GuardrailRule("guilty", PHRASE, "the suspect  is guilty", WARN, "Say charged with.");

  private final Guardrails defaults = Guardrails.defaults();

  private List<String> idsFound(String text) {
    return defaults.check(text).stream().map(f -> f.rule().id()).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Suspect is GUILTY.",
        "the suspect is guilty",
        "the\nsuspect \t is\u00A0guilty!",
        "(the suspect is guilty)",
      })
  void aPhraseMatchesInAnyCaseAndAcrossAnySpaces(String text) {
    // GIVEN a phrase rule; WHEN text says it in other case or spacing; THEN it is found
    List<GuardrailFinding> findings = new Guardrails(List.of(GUILTY)).check(text);
    assertThat(findings).singleElement().extracting(GuardrailFinding::rule).isEqualTo(GUILTY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"the suspect is guiltyness", "foothe suspect is guilty", "the suspect is_guilty"})
  void aPhraseDoesNotMatchInsideOtherWords(String text) {
    assertThat(new Guardrails(List.of(GUILTY)).check(text)).isEmpty();
  }

  @Test
  void aPhraseWithPunctuationAtItsEdgeStillMatchesWholeWords() {
    // GIVEN a phrase ending in a dot, where \b would fail
    GuardrailRule dob = new GuardrailRule("dob", PHRASE, "D.O.B.", REFUSE, "Remove it.");

    // WHEN checked; THEN it matches the abbreviation but not inside a word
    assertThat(new Guardrails(List.of(dob)).check("Her d.o.b. is known")).hasSize(1);
    assertThat(new Guardrails(List.of(dob)).check("xD.O.B.")).isEmpty();
  }

  @Test
  void aPhraseIsTakenLiterallyNotAsARegex() {
    GuardrailRule rule = new GuardrailRule("dots", PHRASE, "a.b", WARN, "Check it.");
    assertThat(new Guardrails(List.of(rule)).check("axb a.b"))
        .singleElement()
        .extracting(GuardrailFinding::start)
        .isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "His SSN is 123-45-6789.",
        "Reference 123 45 6789 was given",
        "SSN: 123456789",
        "social security number 123456789",
      })
  void aSocialSecurityNumberIsRefused(String text) {
    List<GuardrailFinding> findings = defaults.check(text);
    assertThat(findings).isNotEmpty().allMatch(f -> f.rule().action() == REFUSE);
    assertThat(Guardrails.refuses(findings)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Call 555-010-4400 with tips.",
        "Call (555) 010-4400.",
        "Case 2024-00123 is open.",
        "Call 1-555-12-3456-7.",
        "Detour until 12-05-2025.",
        "Reports 123-45-67890 and 0123-45-6789.",
      })
  void phoneAndCaseNumbersAreNotTakenForSocialSecurityNumbers(String text) {
    assertThat(defaults.check(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Missing: Ann Lee, DOB 03/14/1989, last seen downtown.",
        "DOB: 1989-03-14",
        "D.O.B. 3.14.89",
        "date of birth is March 14, 1989",
        "Date-of-birth 14 Mar 1989",
        "dob=Sept. 3rd 2001",
      })
  void aDateOfBirthIsRefused(String text) {
    assertThat(idsFound(text)).containsExactly("date-of-birth");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DOB unknown; age about 34", "Dobson Rd closed until 03/14/2025"})
  void anAgeOrAWordLikeDobIsNotADateOfBirth(String text) {
    assertThat(defaults.check(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The man is guilty of theft.",
        "Police are looking for the perpetrator.",
        "The criminals fled north.",
        "He confessed to the break-in.",
        "A convicted burglar is suspected.",
      })
  void wordsPresumingGuiltWarn(String text) {
    List<GuardrailFinding> findings = defaults.check(text);
    assertThat(findings).singleElement().extracting(f -> f.rule().action()).isEqualTo(WARN);
    assertThat(Guardrails.warns(findings)).isTrue();
    assertThat(Guardrails.refuses(findings)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Contact the Criminal Investigation Division at 555-010-4400.",
        "He pleaded not guilty.",
        "Road closed on Main St until 18:00; use Oak Ave.",
      })
  void ordinaryNoticeWordingPassesTheDefaults(String text) {
    assertThat(defaults.check(text)).isEmpty();
  }

  @Test
  void findingsComeInTextOrderWhateverTheRuleOrder() {
    // GIVEN a notice with a warning, then a date of birth, then an SSN
    String text = "The perpetrator, DOB 1/2/1990, SSN 123-45-6789, is guilty.";

    // WHEN checked
    List<GuardrailFinding> findings = defaults.check(text);

    // THEN the findings follow the text; where two rules hit one place it is listed once, by the
    // rule that matched first
    assertThat(findings)
        .extracting(f -> f.rule().id(), GuardrailFinding::matched, GuardrailFinding::start)
        .containsExactly(
            tuple("guilt-perpetrator", "The perpetrator", 0),
            tuple("date-of-birth", "DOB 1/2/1990", 17),
            tuple("ssn-labelled", "SSN 123-45-6789", 31),
            tuple("guilt-guilty", "is guilty", 48));
    assertThat(findings.get(0).end()).isEqualTo(15);
  }

  @Test
  void aRefusalMessageDoesNotRepeatTheIdentifierButAWarningQuotesTheWords() {
    List<GuardrailFinding> findings = defaults.check("He confessed. Ref 123-45-6789");
    assertThat(findings)
        .extracting(GuardrailFinding::message)
        .containsExactly(
            "Check \"confessed\": Says someone confessed, a statement about guilt. Leave it out.",
            "Cannot post \"###-##-####\": Looks like a Social Security number."
                + " Remove it: notices carry no personal identifiers.");
  }

  @Test
  void refusesAndWarnsAreFalseWithoutFindings() {
    assertThat(Guardrails.refuses(List.of())).isFalse();
    assertThat(Guardrails.warns(List.of())).isFalse();
  }

  @Test
  void everyDefaultRuleHasAUniqueIdAndAReason() {
    assertThat(defaults.rules()).extracting(GuardrailRule::id).doesNotHaveDuplicates();
    assertThat(defaults.rules()).allSatisfy(r -> assertThat(r.reason()).endsWith("."));
  }

  @Test
  void aDuplicateRuleIdIsRejected() {
    // GIVEN two rules sharing an id; WHEN built; THEN the id is named
    GuardrailRule other = new GuardrailRule("guilty", PATTERN, "x", REFUSE, "Remove it.");
    assertThatThrownBy(() -> new Guardrails(List.of(GUILTY, other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("guardrail rule id guilty is used twice");
  }

  @Test
  void aBadPatternIsRejectedNamingTheRule() {
    GuardrailRule bad = new GuardrailRule("broken", PATTERN, "(unclosed", WARN, "Check it.");
    assertThatThrownBy(() -> new Guardrails(List.of(bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("guardrail rule broken has a bad pattern");
  }

  @Test
  void aBlankPartOfARuleIsRejected() {
    assertThatThrownBy(() -> new GuardrailRule(" ", PHRASE, "x", WARN, "Check it."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("guardrail rule id must not be blank");
  }

  @Test
  void anEmptyMatchIsNotAFinding() {
    GuardrailRule optional = new GuardrailRule("opt", PATTERN, "x*", WARN, "Check it.");
    assertThat(new Guardrails(List.of(optional)).check("abc x"))
        .extracting(GuardrailFinding::start)
        .containsExactly(4);
  }
}
