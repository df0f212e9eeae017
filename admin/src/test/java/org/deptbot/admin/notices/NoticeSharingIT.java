package org.deptbot.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.DeliveryAction;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.notices.NoticeFixtures;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The console's delivery view shows, beside a Discord announcement post, whether it was shared with
 * the servers that follow the channel: waiting for Discord's hourly limit (with the time, in the
 * department's zone), or not shared and why.
 */
@ConsoleIntegrationTest
class NoticeSharingIT {

  private static final Duration LEASE = Duration.ofMinutes(1);

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Notices notices;
  @Autowired Deliveries deliveries;

  @BeforeEach
  void dispatcher() {
    new ConsoleStaff(staff, accounts, encoder).add("ns-disp", Role.DISPATCHER);
  }

  @Test
  void aPostHeldBackByDiscordsLimitShowsWhenSharingIsTriedAgainAndAFailureShowsWhy()
      throws Exception {
    String id = "N-2026-400101";
    notices.add(NoticeFixtures.roadClosure(id, NoticeMode.LIVE));
    Instant now = Instant.now();
    Delivery post =
        Delivery.queued(
            id,
            1,
            DeliveryAction.POST,
            RecipientKind.CHANNEL,
            "ns-announcements",
            ChatPlatform.DISCORD,
            "500000000000000991",
            0,
            now);
    deliveries.queue(List.of(post));
    deliveries.claim(post.id(), "test", now, LEASE);
    deliveries.sent(
        post.id(), "42", 1, now, Deliveries.EarlierPhoto.NONE_LEFT, Deliveries.Sharing.OWED);
    deliveries.claimPublishing(post.id(), now, LEASE);
    deliveries.publishLater(
        post.id(), now.plus(Duration.ofMinutes(50)), "Limited by the platform.", true);

    assertThat(page(id))
        .containsPattern(
            "Shared to following servers: waiting \\(Discord limit\\), retry at"
                + " .*\\d{2}:\\d{2} UTC");

    deliveries.claimPublishing(post.id(), now.plus(Duration.ofMinutes(50)), LEASE);
    deliveries.publishFailed(post.id(), "The Discord channel no longer exists.");

    assertThat(page(id))
        .contains("Not shared to following servers: The Discord channel no longer exists.")
        .doesNotContain("waiting (Discord limit)");
  }

  private String page(String id) throws Exception {
    return mvc.perform(get("/notices/" + id).with(user("ns-disp")))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
