package org.deptbot.admin.templates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deptbot.core.notices.LimitExceeded;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.notices.NoticeText;
import org.deptbot.core.notices.NoticeTexts;
import org.deptbot.core.notices.PostLimits;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateSamples;
import org.deptbot.core.templates.TemplateText;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TimeShown;
import org.deptbot.core.templates.VariableType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A template as its notices will read, each blank filled with a sample answer ({@link
 * TemplateSamples}: the blank's example, or a plausible one for its type) so the approver reads
 * real sentences, and whether the longest notice it can make (every blank at its most) fits each
 * platform's limits: in each language the department posts in, the same answers in each.
 */
@Component
class TemplatePreviews {

  /** How one platform takes the longest notice: its length, and what is over the limit. */
  record Fit(ChatPlatform platform, int longest, List<LimitExceeded> over) {

    /** A template's preview measures no channel of its own (see the notices' Fit). */
    public String channel() {
      return null;
    }

    public boolean fits() {
      return over.isEmpty();
    }
  }

  /**
   * The sample post in one language and its fit on each platform; {@code post} and {@code fits} are
   * null for a language the template has no wording in (its readers get the default's).
   */
  record InLanguage(String language, String name, NoticeText post, List<Fit> fits) {
    public boolean missing() {
      return post == null;
    }
  }

  /**
   * The sample post and the fit on each platform in the default language, and {@code languages}:
   * the same in every language the department posts in, the default first.
   */
  record Preview(NoticeText post, List<Fit> fits, List<InLanguage> languages) {
    public boolean fitsEverywhere() {
      return languages.stream()
          .filter(l -> !l.missing())
          .flatMap(l -> l.fits().stream())
          .allMatch(Fit::fits);
    }
  }

  private final NoticeTexts texts;
  private final Clock clock;
  private final TemplateSamples samples;
  private final TemplateLanguages languages;
  private final org.deptbot.core.department.Departments departments;
  private final MessageSource messages;
  private final TimeShown time;

  TemplatePreviews(
      NoticeTexts texts,
      Clock clock,
      TemplateSamples samples,
      TemplateLanguages languages,
      org.deptbot.core.department.Departments departments,
      MessageSource messages,
      TimeShown time) {
    this.texts = texts;
    this.clock = clock;
    this.samples = samples;
    this.languages = languages;
    this.departments = departments;
    this.messages = messages;
    this.time = time;
  }

  Preview of(Template template) {
    List<String> codes = languages.codes();
    List<InLanguage> each = new ArrayList<>();
    for (String code : codes) {
      boolean preset = code.equals(codes.get(0));
      if (!preset && !template.wordings().containsKey(code)) {
        each.add(new InLanguage(code, TemplateLanguages.name(code), null, null));
        continue;
      }
      NoticeTexts wording = preset ? texts : textsIn(code);
      String language = preset ? null : code;
      // a time reads in this language as a notice's would; the longest answers measure the fit
      NoticeText sample = post(template, samples.of(template), wording, language);
      NoticeText longest = post(template, longest(template), wording, language);
      List<Fit> fits =
          List.of(ChatPlatform.TELEGRAM, ChatPlatform.DISCORD).stream()
              .map(p -> new Fit(p, longest.plainText().length(), PostLimits.check(p, longest)))
              .toList();
      each.add(new InLanguage(code, TemplateLanguages.name(code), sample, fits));
    }
    InLanguage first = each.get(0);
    return new Preview(first.post(), first.fits(), each);
  }

  /** Posts worded from {@code language}'s bundle: banners and footer in that language. */
  private NoticeTexts textsIn(String language) {
    Locale locale = Locale.forLanguageTag(language);
    return new NoticeTexts(
        departments, (key, arguments) -> messages.getMessage(key, arguments, locale), time);
  }

  /** Every blank filled to its most characters. */
  private static Map<String, String> longest(Template template) {
    Map<String, String> values = new LinkedHashMap<>();
    for (TemplateVariable v : template.variables()) {
      values.put(
          v.name(),
          v.type() == VariableType.PHOTO ? TemplateSamples.PHOTO : "x".repeat(v.maxLength()));
    }
    return values;
  }

  private NoticeText post(
      Template template, Map<String, String> values, NoticeTexts wording, String language) {
    NoticeRevision revision =
        new NoticeRevision(
            1,
            NoticeRevision.Kind.ISSUE,
            clock.instant(),
            template.authorId(),
            values,
            TemplateText.render(template.title(), values),
            TemplateText.render(template.body(), values),
            null,
            false);
    revision = revision.withWordings(NoticeRevision.rendered(template, values));
    return wording.of("N-preview", template.severity(), NoticeMode.LIVE, revision, language);
  }
}
