package org.deptbot.bot.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.Route;
import org.deptbot.core.reports.SocialPlatform;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case owes its handler the card and its anonymous reporter an update, and the reporter's contact
 * was sealed under a key the bot no longer has (DEPTBOT_REPORTS_SEAL_KEY changed). The handler gets
 * the card once; the reporter is given up on once; nothing is sent again every second.
 */
@BotIntegrationTest
class CaseNotifierIT {

  private static final String INTERNAL_AFFAIRS = "s-020";

  @Autowired Reports reports;
  @Autowired CaseNotifier notifier;
  @Autowired ChatLinks links;
  @Autowired Clock clock;

  @Test
  void aSealThatCannotBeOpenedNeitherBlocksNorRepeatsTheHandlersCard() {
    links.relink(
        ChatLink.of(
            new ChatIdentity(ChatPlatform.TRAINING, INTERNAL_AFFAIRS),
            INTERNAL_AFFAIRS,
            clock.instant(),
            ChatLink.Source.TRAINING));
    Report owing = reports.submit(caseOwingBoth(reports.nextNumber()));

    notifier.sendOwed();

    Report after = reports.byId(owing.id()).orElseThrow();
    assertThat(after.handlerToNotify()).as("the handler has the card").isFalse();
    assertThat(after.reporterToNotify()).as("given up on, once").isFalse();
    assertThat(reports.owingNotifications()).extracting(Report::id).doesNotContain(owing.id());
  }

  private Report caseOwingBoth(String id) {
    var now = clock.instant();
    Route route =
        new Route(INTERNAL_AFFAIRS, Route.Reason.ANONYMOUS_TO_DESK, List.of(INTERNAL_AFFAIRS));
    return new Report(
        id,
        "intake-" + UUID.randomUUID(),
        Confidentiality.ANONYMOUS,
        null,
        ReceiptKeys.hash(ReceiptKeys.newKey()),
        ReporterSeal.ephemeral().seal("TRAINING:someone"), // another key: never opens here
        List.of("https://social.example/p/31"),
        SocialPlatform.FACEBOOK,
        PolicyClause.DEPARTMENT_IDENTIFIERS,
        null,
        "@someone",
        "A photo in uniform with a badge number readable.",
        route,
        CaseStatus.ACKNOWLEDGED,
        null,
        List.of(
            new CaseEvent(now, CaseEvent.Kind.SUBMITTED, "reporter", INTERNAL_AFFAIRS, "", false)),
        2,
        true,
        true,
        now);
  }
}
