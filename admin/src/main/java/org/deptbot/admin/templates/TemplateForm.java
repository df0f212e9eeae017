package org.deptbot.admin.templates;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Urgency;

/**
 * A template as the form and the API send it. {@link #toDraft} makes a first draft from it, which
 * the core checks (key, placeholders declared, blank names); the same draft is the wanted state
 * when a draft is edited or an approved version revised.
 *
 * @param variables the blanks as {@link VariableLines}
 * @param expiryHours how long a notice from it runs unless cancelled
 * @param channels channel ids preselected when issuing, comma separated; empty for every channel of
 *     the category
 * @param wordings the title and body in further languages, by language code ({@code
 *     wordings[es].title} in the form, {@code "wordings": {"es": {"title": …}}} in JSON); {@code
 *     title} and {@code body} are the default language's. A language given with both empty is
 *     removed; a language not given keeps its stored wording, so a client that sends none changes
 *     none
 */
public record TemplateForm(
    String key,
    NoticeCategory category,
    String title,
    String body,
    String variables,
    Severity severity,
    Urgency urgency,
    Integer expiryHours,
    String channels,
    Map<String, Wording> wordings) {

  /** One further language's title and body as typed; both empty means none. */
  public record Wording(String title, String body) {

    public boolean empty() {
      return (title == null || title.isBlank()) && (body == null || body.isBlank());
    }
  }

  static TemplateForm blank() {
    return new TemplateForm(
        "",
        NoticeCategory.ROAD_CLOSURE,
        "",
        "",
        "",
        Severity.MINOR,
        Urgency.EXPECTED,
        12,
        "",
        Map.of());
  }

  static TemplateForm of(Template t) {
    return new TemplateForm(
        t.key(),
        t.category(),
        t.title(),
        t.body(),
        VariableLines.format(t.variables()),
        t.severity(),
        t.urgency(),
        (int) t.defaultExpiry().toHours(),
        String.join(", ", t.defaultChannels()),
        wordingsOf(t));
  }

  private static Map<String, Wording> wordingsOf(Template t) {
    Map<String, Wording> out = new LinkedHashMap<>();
    t.wordings().forEach((language, w) -> out.put(language, new Wording(w.title(), w.body())));
    return out;
  }

  /** What the form gives for {@code language}; an empty wording when it gives nothing. */
  public Wording wordingIn(String language) {
    Wording given = wordings == null ? null : wordings.get(language);
    return given == null ? new Wording("", "") : given;
  }

  /** The same form for the template {@code key}: a key never changes once made. */
  TemplateForm withKey(String key) {
    return new TemplateForm(
        key, category, title, body, variables, severity, urgency, expiryHours, channels, wordings);
  }

  /** The form as a first draft; throws IllegalArgumentException saying what to fix. */
  Template toDraft(String authorId, Instant at) {
    if (category == null || severity == null || urgency == null) {
      throw new IllegalArgumentException("Pick a category, a severity and an urgency.");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A template needs a title.");
    }
    int hours = expiryHours == null || expiryHours < 1 ? 12 : Math.min(expiryHours, 24 * 30);
    List<String> defaults =
        channels == null || channels.isBlank()
            ? List.of()
            : Arrays.stream(channels.split(","))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .toList();
    return Template.draft(
        key == null ? "" : key.strip(),
        category,
        title.strip(),
        body == null ? "" : body.strip().replace("\r\n", "\n"),
        VariableLines.parse(variables),
        severity,
        urgency,
        Duration.ofHours(hours),
        defaults,
        authorId,
        at);
  }
}
