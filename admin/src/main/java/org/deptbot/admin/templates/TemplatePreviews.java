package org.deptbot.admin.templates;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.deptbot.core.templates.VariableType;
import org.springframework.stereotype.Component;

/**
 * A template as its notices will read, each blank filled with a sample answer ({@link
 * TemplateSamples}: the blank's example, or a plausible one for its type) so the approver reads
 * real sentences, and whether the longest notice it can make (every blank at its most) fits each
 * platform's limits.
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

  /** The sample post and the fit on each platform. */
  record Preview(NoticeText post, List<Fit> fits) {
    public boolean fitsEverywhere() {
      return fits.stream().allMatch(Fit::fits);
    }
  }

  private final NoticeTexts texts;
  private final Clock clock;
  private final TemplateSamples samples;

  TemplatePreviews(NoticeTexts texts, Clock clock, TemplateSamples samples) {
    this.texts = texts;
    this.clock = clock;
    this.samples = samples;
  }

  Preview of(Template template) {
    NoticeText sample = post(template, samples::sample);
    NoticeText longest = post(template, v -> "x".repeat(v.maxLength()));
    List<Fit> fits =
        List.of(ChatPlatform.TELEGRAM, ChatPlatform.DISCORD).stream()
            .map(p -> new Fit(p, longest.plainText().length(), PostLimits.check(p, longest)))
            .toList();
    return new Preview(sample, fits);
  }

  private NoticeText post(Template template, Function<TemplateVariable, String> fill) {
    Map<String, String> values = new LinkedHashMap<>();
    for (TemplateVariable v : template.variables()) {
      values.put(v.name(), v.type() == VariableType.PHOTO ? "photo:sample" : fill.apply(v));
    }
    var revision =
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
    return texts.of("N-preview", template.severity(), NoticeMode.LIVE, revision);
  }
}
