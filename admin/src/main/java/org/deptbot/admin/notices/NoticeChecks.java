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
import org.deptbot.core.notices.Guardrails;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.notices.NoticeText;
import org.deptbot.core.notices.NoticeTexts;
import org.deptbot.core.notices.PostLimits;
import org.deptbot.core.staff.ChatPlatform;
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

  NoticeChecks(
      VariableRules rules,
      Guardrails guardrails,
      NoticeTexts texts,
      Channels channels,
      Clock clock) {
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
        values.put(v.name(), valid.value());
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
            false);
    NoticeText post = texts.of(noticeId, template.severity(), mode, revision);
    return new NoticeCheck(
        values,
        invalid,
        photoNeeded,
        post,
        guardrails.check(post.title() + "\n" + post.body()),
        fits(post, targets),
        lastsUntil,
        expires,
        movedFrom);
  }

  /** Telegram always (subscribers are there), and every platform of a picked channel. */
  private List<NoticeCheck.Fit> fits(NoticeText post, List<String> targets) {
    Set<ChatPlatform> platforms = EnumSet.of(ChatPlatform.TELEGRAM);
    channels.all().stream()
        .filter(c -> targets.contains(c.id()))
        .forEach(c -> platforms.add(c.platform()));
    platforms.remove(ChatPlatform.TRAINING);
    return platforms.stream()
        .map(p -> new NoticeCheck.Fit(p, post.plainText().length(), PostLimits.check(p, post)))
        .toList();
  }
}
