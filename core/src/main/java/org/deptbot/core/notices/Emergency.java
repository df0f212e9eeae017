package org.deptbot.core.notices;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateStatus;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TemplateWording;
import org.deptbot.core.templates.VariableType;

/**
 * What makes a notice an emergency issue: it was posted in free text, without an approved template,
 * by a member allowed to (EMERGENCY_ISSUE), and the approvers are to review it by {@code
 * reviewDueAt}. Kept inside the notice ({@code notices.emergency}); absent on every other notice.
 *
 * @param reason why no approved template fitted, as the issuer gave it
 * @param reviewDueAt when a review is due; past it, the review round asks up the chain
 * @param reviewedBy the staff id of the first reviewer; null while nobody has reviewed it
 * @param reviewedAt when it was reviewed; null while nobody has
 * @param escalations how many levels up the chain have been asked so far (0: the approvers only)
 * @param cardsOwed whether the approvers' review cards are still to be sent: set in the same write
 *     that stores the notice, cleared once they went out, so a crash in between loses none
 * @param templateId the template draft made from its wording, if a reviewer made one
 */
public record Emergency(
    String reason,
    Instant reviewDueAt,
    String reviewedBy,
    Instant reviewedAt,
    int escalations,
    boolean cardsOwed,
    String templateId) {

  /** The key of the wording an emergency notice stands in for a template with. */
  public static final String WORDING_KEY = "emergency";

  /** The one blank of that wording: the text as typed. */
  public static final String TEXT = "text";

  /** The longest text an emergency notice takes (the platforms' limits apply on top). */
  public static final int MAX_TEXT = 3000;

  /** A new emergency issue, to be reviewed by {@code reviewDueAt}, its cards still to be sent. */
  public static Emergency issued(String reason, Instant reviewDueAt) {
    return new Emergency(reason, reviewDueAt, null, null, 0, true, null);
  }

  public boolean reviewed() {
    return reviewedAt != null;
  }

  /**
   * The wording a templateless notice is rendered, updated and described with: its own title, its
   * text as the one blank, its category, severity and urgency, never stored in {@code templates}.
   * Its id is {@code emergency:<notice id>}, which {@link NoticeDesk#template(String)} reads back.
   * It speaks every language the notice was first posted in: that language's title, and the text
   * (its own in that language when the issuer gave one, {@code text@es}; see {@link
   * org.deptbot.core.templates.BlankValues}).
   */
  static Template wording(Notice notice) {
    NoticeRevision first = notice.revisions().get(0);
    Map<String, TemplateWording> wordings = new LinkedHashMap<>();
    first
        .wordings()
        .forEach(
            (language, wording) ->
                wordings.put(
                    language, new TemplateWording(literal(wording.title()), "{{" + TEXT + "}}")));
    Instant from = notice.scheduledFor() != null ? notice.scheduledFor() : first.at();
    Duration lasts = Duration.between(from, notice.expiresAt());
    return new Template(
        WORDING_KEY + ":" + notice.id(),
        WORDING_KEY,
        1,
        notice.category(),
        literal(first.title()),
        "{{" + TEXT + "}}",
        List.of(textBlank()),
        notice.severity(),
        notice.urgency(),
        lasts.isNegative() ? Duration.ZERO : lasts,
        notice.targets(),
        notice.issuedBy(),
        TemplateStatus.APPROVED,
        List.of(),
        wordings);
  }

  /** The text blank: long enough for a few paragraphs. */
  static TemplateVariable textBlank() {
    return new TemplateVariable(
        TEXT, "Text", VariableType.TEXT, true, MAX_TEXT, List.of(), null, null);
  }

  /** A title as plain words: braces that would read as a blank are spaced apart. */
  static String literal(String text) {
    return text.replace("{{", "{ {").replace("}}", "} }");
  }
}
