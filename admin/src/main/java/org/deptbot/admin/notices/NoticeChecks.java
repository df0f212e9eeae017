package org.deptbot.admin.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.notices.EveryLanguagePost;
import org.deptbot.core.notices.Guardrails;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.notices.NoticeText;
import org.deptbot.core.notices.NoticeTexts;
import org.deptbot.core.notices.PostLimits;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.BlankValues;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateText;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TimeDirection;
import org.deptbot.core.templates.VariableCheck;
import org.deptbot.core.templates.VariableRules;
import org.deptbot.core.templates.VariableType;
import org.springframework.stereotype.Component;

/** Checks and previews a notice the way the chat does, with the core's rules; stores nothing. */
@Component
class NoticeChecks {

  private final VariableRules rules;
  private final Guardrails guardrails;
  private final NoticeTexts texts;
  private final Channels channels;
  private final Clock clock;
  private final org.deptbot.core.department.Departments departments;
  private final org.springframework.context.MessageSource messages;
  private final org.deptbot.core.templates.TimeShown time;

  NoticeChecks(
      VariableRules rules,
      Guardrails guardrails,
      NoticeTexts texts,
      Channels channels,
      Clock clock,
      org.deptbot.core.department.Departments departments,
      org.springframework.context.MessageSource messages,
      org.deptbot.core.templates.TimeShown time) {
    this.departments = departments;
    this.messages = messages;
    this.time = time;
    this.rules = rules;
    this.guardrails = guardrails;
    this.texts = texts;
    this.channels = channels;
    this.clock = clock;
  }

  List<Channel> candidates(Template template) {
    return channels.candidatesFor(template);
  }

  List<String> defaultTargets(Template template) {
    return channels.defaultTargetsFor(template);
  }

  /** The picked targets a notice from this template may go to; others are dropped. */
  List<String> allowed(Template template, List<String> picked) {
    List<String> ids = candidates(template).stream().map(Channel::id).toList();
    return picked == null ? List.of() : picked.stream().filter(ids::contains).distinct().toList();
  }

  /**
   * A free-text blank's own answer in each further language the template speaks ({@code
   * street@es}), checked by the blank's rules like the default answer. One left empty is none: that
   * language's post uses the default answer as typed.
   */
  private void ownAnswers(
      Template template,
      TemplateVariable v,
      Map<String, String> raw,
      Map<String, String> values,
      Map<String, VariableCheck.Invalid> invalid) {
    if (!v.answeredInEachLanguage()) {
      return;
    }
    for (String language : template.wordings().keySet()) {
      String key = BlankValues.key(v.name(), language);
      String own = raw.get(key);
      if (own == null || own.isBlank()) {
        continue;
      }
      String label = v.label() + " (" + EveryLanguagePost.heading(language) + ")";
      VariableCheck checked = rules.check(v.withLabel(label), own);
      if (checked instanceof VariableCheck.Valid valid) {
        values.put(key, valid.value());
      } else {
        invalid.put(key, (VariableCheck.Invalid) checked);
        values.put(key, own);
      }
    }
  }

  NoticeCheck check(
      Template template,
      Map<String, String> raw,
      List<String> targets,
      NoticeMode mode,
      NoticeRevision.Kind kind,
      String note,
      String noticeId,
      Instant expiresAt) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, VariableCheck.Invalid> invalid = new LinkedHashMap<>();
    boolean photoNeeded = false;
    Instant lastsUntil = null;
    for (TemplateVariable v : template.variables()) {
      String given = raw.getOrDefault(v.name(), "");
      if (v.type() == VariableType.PHOTO) {
        photoNeeded |= v.required() && given.isBlank();
        values.put(v.name(), given);
        continue;
      }
      VariableCheck check = rules.check(v, given);
      if (check instanceof VariableCheck.Valid valid) {
        values.putAll(rules.entries(v, valid, template)); // a time worded in every language
        ownAnswers(template, v, raw, values, invalid);
        if (v.when() == TimeDirection.FUTURE
            && valid.at() != null
            && (lastsUntil == null || valid.at().isAfter(lastsUntil))) {
          lastsUntil = valid.at();
        }
      } else {
        invalid.put(v.name(), (VariableCheck.Invalid) check);
        values.put(v.name(), given);
      }
    }
    if (!invalid.isEmpty()) {
      return new NoticeCheck(
          values, invalid, photoNeeded, null, List.of(), List.of(), null, expiresAt, null);
    }
    Instant expires = expiresAt;
    Instant movedFrom = null;
    if (lastsUntil != null && lastsUntil.isAfter(expiresAt)) {
      expires = lastsUntil;
      movedFrom = kind == NoticeRevision.Kind.UPDATE ? expiresAt : null;
    }
    var revision =
        new NoticeRevision(
            1,
            kind,
            clock.instant(),
            "preview",
            values,
            TemplateText.render(template.title(), values),
            TemplateText.render(template.body(), values),
            note,
            false,
            NoticeRevision.rendered(template, values));
    NoticeText post = texts.of(noticeId, template.severity(), mode, revision);
    return new NoticeCheck(
        values,
        invalid,
        photoNeeded,
        post,
        guardrails.checkEveryLanguage(post.title(), post.body(), revision),
        fits(post, targets, noticeId, template, mode, revision),
        lastsUntil,
        expires,
        movedFrom);
  }

  /** Telegram always (subscribers are there), and every platform of a picked channel. */
  private List<NoticeCheck.Fit> fits(
      NoticeText post,
      List<String> targets,
      String noticeId,
      Template template,
      NoticeMode mode,
      NoticeRevision revision) {
    Set<ChatPlatform> platforms = EnumSet.of(ChatPlatform.TELEGRAM);
    List<Channel> picked = channels.all().stream().filter(c -> targets.contains(c.id())).toList();
    picked.forEach(c -> platforms.add(c.platform()));
    platforms.remove(ChatPlatform.TRAINING);
    List<NoticeCheck.Fit> fits = new java.util.ArrayList<>();
    platforms.forEach(
        p ->
            fits.add(new NoticeCheck.Fit(p, post.plainText().length(), PostLimits.check(p, post))));
    // a channel posting every language gets them all in one post: that post must fit too
    for (Channel channel : picked) {
      if (!channel.postsEveryLanguage() || channel.platform() == ChatPlatform.TRAINING) {
        continue;
      }
      NoticeText combined = inEveryLanguage(noticeId, template, mode, revision);
      if (!combined.equals(post)) {
        fits.add(
            new NoticeCheck.Fit(
                channel.platform(),
                combined.plainText().length(),
                PostLimits.check(channel.platform(), combined),
                channel.name()));
      }
    }
    return fits;
  }

  /** The post as a channel in every language shows it: each language the revision has. */
  private NoticeText inEveryLanguage(
      String noticeId, Template template, NoticeMode mode, NoticeRevision revision) {
    List<String> spoken =
        departments
            .current()
            .map(org.deptbot.core.department.Department::languages)
            .orElse(List.of());
    Map<String, NoticeText> byLanguage = new LinkedHashMap<>();
    for (String language : spoken) {
      if (language.equals(spoken.get(0))) {
        byLanguage.put(language, texts.of(noticeId, template.severity(), mode, revision));
      } else if (revision.wordings().containsKey(language)) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(language);
        NoticeTexts inLanguage =
            new NoticeTexts(
                departments, (key, arguments) -> messages.getMessage(key, arguments, locale), time);
        byLanguage.put(
            language, inLanguage.of(noticeId, template.severity(), mode, revision, language));
      }
    }
    return byLanguage.isEmpty()
        ? texts.of(noticeId, template.severity(), mode, revision)
        : org.deptbot.core.notices.EveryLanguagePost.of(byLanguage);
  }
}
