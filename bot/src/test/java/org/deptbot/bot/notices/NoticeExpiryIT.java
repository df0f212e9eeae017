package org.deptbot.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;

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
  void aNoticePastItsTimeExpiresAndItsPostsAreEditedWhileACurrentOneStays() throws Exception {
    var template = templates.usable("road_closure").orElseThrow();
    Instant now = clock.instant();
    Notice old = issue(template, now.minus(template.defaultExpiry()).minusSeconds(60));
    Notice current = issue(template, now);
    awaitSent(old.id(), 1);

    expiry.expireDue(); // or the scheduled round did it first: the status says which is done

    assertThat(notices.byId(old.id()).orElseThrow().status()).isEqualTo(NoticeStatus.EXPIRED);
    assertThat(notices.byId(current.id()).orElseThrow().status()).isEqualTo(NoticeStatus.ISSUED);
    List<Delivery> edits = awaitSent(old.id(), 2);
    assertThat(edits)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.action()).isEqualTo(DeliveryAction.EDIT));
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

  private List<Delivery> awaitSent(String noticeId, int revision) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      List<Delivery> all = deliveries.ofRevision(noticeId, revision);
      if (!all.isEmpty() && all.stream().allMatch(d -> d.state() == DeliveryState.SENT)) {
        return all;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("revision " + revision + " of " + noticeId + " was not delivered");
  }
}
