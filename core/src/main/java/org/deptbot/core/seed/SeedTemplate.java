package org.deptbot.core.seed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TemplateWording;
import org.deptbot.core.templates.Urgency;

/**
 * An approved starter template from the seed file, imported as approved by {@code approverId}.
 *
 * @param line where the entry starts
 * @param wordings the title and body in further languages, by language code
 * @param zones the zone ids a notice from it names unless the dispatcher picks others
 */
public record SeedTemplate(
    String key,
    NoticeCategory category,
    String title,
    String body,
    List<TemplateVariable> variables,
    Severity severity,
    Urgency urgency,
    Duration expiresAfter,
    List<String> channels,
    String authorId,
    String approverId,
    int line,
    Map<String, TemplateWording> wordings,
    List<String> zones) {

  public SeedTemplate {
    variables = List.copyOf(variables);
    channels = List.copyOf(channels);
    wordings = wordings == null ? Map.of() : Map.copyOf(wordings);
    zones = zones == null ? List.of() : List.copyOf(zones);
  }
}
