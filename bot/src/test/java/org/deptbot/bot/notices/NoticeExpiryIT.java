package org.deptbot.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.DeliveryAction;
import org.deptbot.core.delivery.DeliveryState;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeStatus;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.templates.Templates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A notice past its time is expired and every post is edited to say so; a live one is not. */
@BotIntegrationTest
class NoticeExpiryIT {

  @Autowired NoticeExpiry expiry;
  @Autowired Notices notices;
  @Autowired Templates templates;
  @Autowired Deliveries deliveries;
  @Autowired Clock clock;

  @Test
  void aNoticePastItsTimeExpiresAndItsPostsAreEditedWhileACurrentOneStays() {
    var template = templates.usable("road_closure").orElseThrow();
    Instant now = clock.instant();
    Notice old = issue(template, now.minus(template.defaultExpiry()).minusSeconds(60));
    Notice current = issue(template, now);
    awaitFinished(old.id(), 1);

    expiry.expireDue(); // or the scheduled round did it first: the status says which is done

    assertThat(notices.byId(old.id()).orElseThrow().status()).isEqualTo(NoticeStatus.EXPIRED);
    assertThat(notices.byId(current.id()).orElseThrow().status()).isEqualTo(NoticeStatus.ISSUED);
    // Every change finishes. A subscriber whose first post failed has nothing to edit, and a post
    // that went out after the expiry (the scheduled round may come first) already shows it.
    List<Delivery> changes = awaitFinished(old.id(), 2);
    assertThat(changes)
        .allSatisfy(d -> assertThat(d.action()).isEqualTo(DeliveryAction.EDIT))
        .noneSatisfy(d -> assertThat(d.state()).isEqualTo(DeliveryState.FAILED));
    // The channel's post shows the expired revision, edited or posted so.
    assertThat(deliveries.ofRevision(old.id(), 1))
        .filteredOn(d -> d.recipientKind() == RecipientKind.CHANNEL)
        .singleElement()
        .satisfies(d -> assertThat(d.shownRevision()).isEqualTo(2));
  }

  private Notice issue(org.deptbot.core.templates.Template template, Instant at) {
    return notices.add(
        Notice.issue(
            notices.nextNumber(),
            template,
            Map.of("street", "Elm St", "reason", "for works"),
            List.of("tg-alerts"),
            NoticeMode.LIVE,
            "s-050",
            at));
  }

  private List<Delivery> awaitFinished(String noticeId, int revision) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> deliveries.ofRevision(noticeId, revision),
            all -> !all.isEmpty() && all.stream().allMatch(d -> d.state().finished()));
  }
}
