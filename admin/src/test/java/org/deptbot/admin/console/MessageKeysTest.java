package org.deptbot.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.deptbot.core.delivery.DeliveryState;
import org.deptbot.core.notices.NoticeRevision;
import org.deptbot.core.notices.NoticeStatus;
import org.deptbot.core.records.RecordScope;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Outcome;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.Route;
import org.deptbot.core.templates.TemplateStatus;
import org.deptbot.core.testing.MessageKeys;
import org.junit.jupiter.api.Test;

/**
 * Every message key the console's code and pages ask for is in its bundle (messages.properties and
 * core's notice-posts.properties), so no page ever shows a raw key such as ??case.status.OPEN??.
 */
class MessageKeysTest {

  private static final List<Path> BUNDLES =
      List.of(
          Path.of("src/main/resources/messages.properties"),
          Path.of("../core/src/main/resources/notice-posts.properties"));
  private static final Set<String> WORDING_CALLS =
      Set.of("getMessage", "message", "say", "BadInput", "done", "problem", "word");

  private final MessageKeys keys =
      MessageKeys.of(BUNDLES, WORDING_CALLS, Path.of("src/main/java"))
          .withPages(Path.of("src/main/resources/templates"));

  @Test
  void everyWholeKeyTheCodeAndThePagesAskForIsInTheBundle() {
    assertThat(keys.literalCount()).as("keys found in the sources and pages").isGreaterThan(300);
    assertThat(keys.missingLiterals()).isEmpty();
  }

  @Test
  void everyKeyBuiltFromAPrefixAndAValueIsInTheBundle() {
    Map<String, List<String>> values = new TreeMap<>();
    values.put("case.route.", MessageKeys.names(Route.Reason.class));
    values.put("case.event.", MessageKeys.names(CaseEvent.Kind.class));
    values.put("case.status.", MessageKeys.names(CaseStatus.class));
    values.put("case.clause.", MessageKeys.names(PolicyClause.class));
    values.put("case.outcome.", MessageKeys.names(Outcome.class));
    values.put(
        "case.done.",
        List.of(
            "acknowledged",
            "asked",
            "assigned",
            "escalated",
            "resolved",
            "dismissed",
            "allegation-added",
            "finding-recorded",
            "noted",
            "reopened"));
    values.put(
        "notices.problem.", MessageKeys.names("org.deptbot.core.templates.VariableCheck$Problem"));
    values.put(
        "notices.hint.",
        List.of("TEXT", "DATETIME_PAST", "DATETIME_FUTURE", "LOCATION", "PHONE", "URL", "PHOTO"));
    values.put("notices.kind.", MessageKeys.names(NoticeRevision.Kind.class));
    values.put(
        "notice.refused.",
        MessageKeys.names(org.deptbot.core.notices.NoticeTransitionRefused.Reason.class));
    values.put("notices.state.", MessageKeys.names(DeliveryState.class));
    values.put("notices.status.", MessageKeys.names(NoticeStatus.class));
    values.put("templates.status.", MessageKeys.names(TemplateStatus.class));
    values.put(
        "templates.reminded.",
        MessageKeys.names(org.deptbot.core.templates.ApprovalReminders.Stage.class));
    values.put("records.kind.", MessageKeys.names(RecordScope.Kind.class));
    values.put("records.on.", List.of("CASE", "NOTICE", "STAFF"));
    List<String> findings = new java.util.ArrayList<>(List.of("OPEN", "DISMISSED", "RESOLVED"));
    findings.addAll(MessageKeys.names(Outcome.class));
    values.put("figures.finding.", findings);
    values.put(
        "figures.route.", MessageKeys.names(org.deptbot.core.reports.CaseFigures.RouteKind.class));
    values.put("figures.by-", List.of("provision", "finding", "route"));
    values.put("figures.to-", List.of("acknowledge", "close"));
    // The preview checks the length limits of the two public platforms.
    values.put("preview.", List.of("telegram", "discord"));
    values.put("preview.over.", List.of("title", "text", "caption"));
    values.put("photo.", List.of()); // a form field's name, not a key
    values.put("action.", List.of()); // audit actions: one without words is shown as its code
    assertThat(keys.unexplainedPrefixes(values))
        .as("prefixes joined to a value: name their values here")
        .isEmpty();
    assertThat(keys.missingExpansions(values)).isEmpty();
  }

  @Test
  void noWordingWithArgumentsHasALoneApostropheThatTheFormatterWouldEat() {
    assertThat(
            Stream.of("src/main/resources/messages.properties")
                .map(Path::of)
                .flatMap(bundle -> MessageKeys.loneApostrophes(bundle).stream())
                .toList())
        .isEmpty();
  }
}
