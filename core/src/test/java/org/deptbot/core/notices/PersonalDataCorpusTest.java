package org.deptbot.core.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The personal-identifier guardrails (dates of birth, Social Security numbers) measured on a
 * labelled corpus: sentences that give one, which must all be refused, and ordinary notice wording
 * full of numbers and dates (phones, case numbers, addresses, times, "born and raised"), which must
 * all pass. Prints recall and false alarms; the phrasing was tuned on this corpus, so expect lower
 * figures on wording it has not seen.
 */
class PersonalDataCorpusTest {

  private static final List<String> GIVES_AN_IDENTIFIER =
      List.of(
          "Jordan was born March 14, 2010 in Riverton.",
          "The boy, born on March 14, 2010, was last seen at the park.",
          "She was born 14 Mar 2010.",
          "born 3/14/10",
          "He was born on 03-14-2010 at Mercy Hospital.",
          "Born: 2010-03-14",
          "birthday 3/14/10",
          "Her birthday is March 14, 2010.",
          "birth date 03/14/2010",
          "Birthdate: 14 March 2010",
          "date of birth 3/14/2010",
          "DOB: 14 Mar 2010",
          "DOB 03/14/10",
          "D.O.B. March 14th, 2010",
          "dob=2010-03-14",
          "social 123456789",
          "Social: 123-45-6789",
          "SSN 123 45 6789",
          "SSN: 123456789",
          "ssn#123-45-6789",
          "social security number 123 45 6789",
          "Social Security no. 123-45-6789",
          "His number is 123-45-6789.",
          "Reference 123 45 6789 was given.");

  private static final List<String> ORDINARY =
      List.of(
          "Jordan was born and raised here and knows the area well.",
          "Born and raised in Riverton, she often walks by the river.",
          "Call (555) 010-4400 with any information.",
          "Call 555-010-4400 or 911.",
          "Tip line: 1-800-555-0199.",
          "Call 555 010 4400 after 6 pm.",
          "Case number 2026-001234.",
          "Refer to case 26-004512 when you call.",
          "Notice N-2026-000042 is updated.",
          "Report R-2026-000042 was filed.",
          "The crash happened at 1234 Main St.",
          "Detour via 123 45th Street and 600 Oak Ave.",
          "Reopens at 18:30 CST.",
          "Last seen today 14:30 UTC near 5th and Main.",
          "The parade is on March 14, 2026 at 10:00.",
          "Road work from 3/14/26 to 3/20/26.",
          "Updated Tue 1 Dec, 23:40 CST.",
          "She is 14 years old, about 5 ft 2 in.",
          "The first-born of three, age 14.",
          "Happy birthday to the department: 50 years of service!",
          "Follow us on social media for updates.",
          "Social workers are on site at 400 Elm St.",
          "Zip code 60614; badge 4521; unit 12.",
          "Vehicle plate ABC 1234, a 2010 Honda Civic.",
          "The social services office, 1200 Grand Ave, opens at 9:00.");

  private final Guardrails guardrails = Guardrails.defaults();

  @Test
  void everyIdentifierIsCaughtAndNoOrdinaryWordingIsFlagged() {
    List<String> missed =
        GIVES_AN_IDENTIFIER.stream().filter(s -> !Guardrails.refuses(guardrails.check(s))).toList();
    List<String> flagged = ORDINARY.stream().filter(s -> !guardrails.check(s).isEmpty()).toList();

    double recall = 1.0 - (double) missed.size() / GIVES_AN_IDENTIFIER.size();
    double falseAlarm = (double) flagged.size() / ORDINARY.size();
    System.out.printf(
        Locale.ROOT,
        "personal-data guardrails: recall=%.2f (%d of %d), false-alarm=%.2f (%d of %d)%n",
        recall,
        GIVES_AN_IDENTIFIER.size() - missed.size(),
        GIVES_AN_IDENTIFIER.size(),
        falseAlarm,
        flagged.size(),
        ORDINARY.size());

    assertThat(GIVES_AN_IDENTIFIER).hasSizeGreaterThanOrEqualTo(20);
    assertThat(ORDINARY).hasSizeGreaterThanOrEqualTo(20);
    assertThat(missed).as("identifiers not caught").isEmpty();
    assertThat(flagged).as("ordinary wording flagged").isEmpty();
  }

  @Test
  void eachIdentifierIsListedOnceEvenWhenSeveralRulesMatchIt() {
    for (String s : GIVES_AN_IDENTIFIER) {
      assertThat(guardrails.check(s)).as(s).hasSize(1);
    }
    assertThat(guardrails.check("SSN 123 45 6789, DOB: 14 Mar 2010"))
        .extracting(f -> f.rule().id())
        .containsExactly("ssn-labelled", "date-of-birth");
  }
}
