package org.deptbot.core.notices;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The department's content guardrails ({@code deptbot.notices.guardrails.*}): the built-in rules,
 * plus phrases it refuses or warns about, and whether a warning must be fixed (strict) or may be
 * acknowledged. The bot and the console read the same settings, so a notice is checked alike.
 *
 * @param strict warnings refuse the notice instead of asking for an acknowledgement
 * @param refusedPhrases phrases a notice may not contain
 * @param warnedPhrases phrases the dispatcher must check before posting
 * @param reason what the dispatcher is told about a department phrase
 */
@ConfigurationProperties("deptbot.notices.guardrails")
public record GuardrailProperties(
    @DefaultValue("false") boolean strict,
    @DefaultValue List<String> refusedPhrases,
    @DefaultValue List<String> warnedPhrases,
    @DefaultValue("The department does not post this wording.") String reason) {

  public Guardrails guardrails() {
    List<GuardrailRule> rules = new ArrayList<>();
    for (GuardrailRule rule : Guardrails.defaults().rules()) {
      rules.add(strict ? refusing(rule) : rule);
    }
    int n = 0;
    for (String phrase : refusedPhrases) {
      if (!phrase.isBlank()) {
        rules.add(rule("department-refused-" + ++n, phrase, GuardrailRule.Action.REFUSE));
      }
    }
    for (String phrase : warnedPhrases) {
      if (!phrase.isBlank()) {
        rules.add(
            rule(
                "department-warned-" + ++n,
                phrase,
                strict ? GuardrailRule.Action.REFUSE : GuardrailRule.Action.WARN));
      }
    }
    return new Guardrails(rules);
  }

  private GuardrailRule rule(String id, String phrase, GuardrailRule.Action action) {
    return new GuardrailRule(id, GuardrailRule.Kind.PHRASE, phrase.strip(), action, reason);
  }

  private static GuardrailRule refusing(GuardrailRule rule) {
    return new GuardrailRule(
        rule.id(), rule.kind(), rule.expression(), GuardrailRule.Action.REFUSE, rule.reason());
  }
}
