package org.deptbot.core.seed;

import java.time.Duration;
import java.util.List;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Urgency;

/**
 * An approved starter template from the seed file, imported as approved by {@code approverId}.
 *
 * @param line where the entry starts
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
    List<String> zones) {

  public SeedTemplate(
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
      int line) {
    this(
        key,
        category,
        title,
        body,
        variables,
        severity,
        urgency,
        expiresAfter,
        channels,
        authorId,
        approverId,
        line,
        List.of());
  }

  public SeedTemplate {
    variables = List.copyOf(variables);
    channels = List.copyOf(channels);
    zones = zones == null ? List.of() : List.copyOf(zones);
  }
}
