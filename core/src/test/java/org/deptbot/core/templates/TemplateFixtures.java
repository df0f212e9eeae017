package org.deptbot.core.templates;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Test-data builders for templates. */
final class TemplateFixtures {

  static final Instant NOW = Instant.parse("2026-11-21T16:00:00Z");

  private TemplateFixtures() {}

  static Template roadClosureDraft(String authorId) {
    return Template.draft(
        "road_closure",
        NoticeCategory.ROAD_CLOSURE,
        "Road closure: {{street}}",
        "{{street}} is closed until {{until}}.\nDetour: {{detour}}",
        List.of(
            TemplateVariable.required("street", "Which street is closed?", VariableType.LOCATION),
            TemplateVariable.required("until", "Until when?", VariableType.DATETIME),
            TemplateVariable.optional("detour", "Detour (optional)", VariableType.TEXT)),
        Severity.MODERATE,
        Urgency.EXPECTED,
        Duration.ofHours(12),
        List.of(),
        authorId,
        NOW);
  }
}
