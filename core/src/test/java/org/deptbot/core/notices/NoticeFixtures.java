package org.deptbot.core.notices;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;

/** Test-data builders for notices: a road closure from an approved one-blank template. */
public final class NoticeFixtures {

  public static final Instant T0 = Instant.parse("2026-11-21T21:49:00Z");

  private NoticeFixtures() {}

  public static Template pendingRoadClosure() {
    return Template.draft(
            "road_closure",
            NoticeCategory.ROAD_CLOSURE,
            "Road closure: {{street}}",
            "{{street}} is closed.",
            List.of(TemplateVariable.required("street", "Which street?", VariableType.LOCATION)),
            Severity.MODERATE,
            Urgency.EXPECTED,
            Duration.ofHours(12),
            List.of(),
            "s-060",
            T0)
        .submit("s-060", T0);
  }

  public static Template approvedRoadClosure() {
    return pendingRoadClosure().approve("s-010", null, T0);
  }

  public static Notice roadClosure(String id, NoticeMode mode) {
    return Notice.issue(
        id,
        approvedRoadClosure(),
        Map.of("street", "Main St"),
        List.of("tg-alerts"),
        mode,
        "s-050",
        T0);
  }
}
