package org.deptbot.admin.notices;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deptbot.core.notices.GuardrailFinding;
import org.deptbot.core.notices.Guardrails;
import org.deptbot.core.notices.LimitExceeded;
import org.deptbot.core.notices.NoticeText;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.VariableCheck;

/**
 * A notice checked before it is stored, as the chat checks it: each blank against its rules, the
 * post against the guardrails and against each platform it goes to.
 *
 * @param values the blanks as they will be posted (tidied by the core's rules)
 * @param invalid what is wrong with which blank, by name
 * @param photoNeeded a required photo blank is still empty
 * @param post the post as it will read; null while a blank is invalid
 * @param lastsUntil the latest time still to come among the blanks (a road's reopening), which the
 *     notice stays up for; null when there is none
 * @param expiresAt when the notice will expire
 * @param movedFrom the expiry an update moves later to reach {@code lastsUntil}; null if unmoved
 */
record NoticeCheck(
    Map<String, String> values,
    Map<String, VariableCheck.Invalid> invalid,
    boolean photoNeeded,
    NoticeText post,
    List<GuardrailFinding> findings,
    List<Fit> fits,
    Instant lastsUntil,
    Instant expiresAt,
    Instant movedFrom) {

  /** How one platform takes this post. */
  /**
   * How a post fits a platform; {@code channel} names a channel posting every language in one post
   * (its combined post measured on its own), or is null.
   */
  record Fit(ChatPlatform platform, int longest, List<LimitExceeded> over, String channel) {

    Fit(ChatPlatform platform, int longest, List<LimitExceeded> over) {
      this(platform, longest, over, null);
    }

    public boolean fits() {
      return over.isEmpty();
    }
  }

  /** Whether anything stops the notice: a bad blank, a refused word, a post too long. */
  public boolean blocked() {
    return !invalid.isEmpty()
        || photoNeeded
        || Guardrails.refuses(findings)
        || fits.stream().anyMatch(f -> !f.fits());
  }

  /** Whether the issuer must say they checked a warning first. */
  public boolean warns() {
    return Guardrails.warns(findings);
  }
}
