package org.deptbot.admin.templates;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TemplateWording;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;

/** Templates and a channel for console tests; keys are the caller's, so test classes stay apart. */
public class TemplateFixtures {

  private final Templates templates;
  private final Channels channels;

  public TemplateFixtures(Templates templates, Channels channels) {
    this.templates = templates;
    this.channels = channels;
  }

  /** A road closure draft by {@code authorId}: "{{street}} is closed" with an optional detour. */
  public static Template roadClosure(String key, String authorId) {
    return Template.draft(
        key,
        NoticeCategory.ROAD_CLOSURE,
        "Road closed: {{street}}",
        "{{street}} is closed until {{until}}.\nDetour: {{detour}}",
        List.of(
            TemplateVariable.required("street", "Street", VariableType.LOCATION),
            TemplateVariable.required("until", "Until", VariableType.TEXT),
            TemplateVariable.optional("detour", "Detour", VariableType.TEXT)),
        Severity.MODERATE,
        Urgency.EXPECTED,
        Duration.ofHours(6),
        List.of(),
        authorId,
        Instant.now());
  }

  /** {@link #roadClosure}'s wording in Spanish, with the same blanks. */
  public static Map<String, TemplateWording> inSpanish() {
    return Map.of(
        "es",
        new TemplateWording(
            "Calle cerrada: {{street}}",
            "{{street}} está cerrada hasta {{until}}.\nDesvío: {{detour}}"));
  }

  public Template draft(String key, String authorId) {
    return templates.add(roadClosure(key, authorId));
  }

  public Template pending(String key, String authorId) {
    return templates.add(roadClosure(key, authorId).submit(authorId, Instant.now()));
  }

  public Template approved(String key, String authorId, String approverId) {
    Instant now = Instant.now();
    return templates.add(
        roadClosure(key, authorId).submit(authorId, now).approve(approverId, null, now));
  }

  /** A Telegram channel that takes road closures. */
  public Channel channel(String id) {
    return channels.save(
        new Channel(
            id,
            ChatPlatform.TELEGRAM,
            "-100" + id.hashCode(),
            "Alerts " + id,
            Set.of(NoticeCategory.ROAD_CLOSURE)));
  }
}
