package org.deptbot.admin.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.TestPictures;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipPhotos;
import org.deptbot.core.tips.Tips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The original of a tip's photo (its EXIF can place the tipster) goes only to a custodian who
 * states why, and the reveal is audited; the tips desk and administrators are refused.
 */
@ConsoleIntegrationTest
class TipPhotoOriginalApiIT {

  @Autowired MockMvc mvc;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Tips tips;
  @Autowired TipPhotos photos;
  @Autowired ReporterSeal seal;
  @Autowired MongoTemplate mongo;
  @Autowired Clock clock;

  @BeforeEach
  void roster() {
    var people = new ConsoleStaff(staff, accounts, encoder);
    people.add("tp-1", Role.INTERNAL_AFFAIRS);
    people.add("tp-2", Role.DISPATCHER);
    people.add("tp-3", Role.ADMIN);
  }

  @Test
  void onlyACustodianWithAStatedReasonGetsTheOriginalAndTheRevealIsAudited() throws Exception {
    byte[] original = TestPictures.jpegWithGps(16, 12);
    String photoId = photos.store("image/jpeg", "quinn at home.jpg", original);
    String id = "T-2026-900001";
    if (tips.byId(id).isEmpty()) {
      tips.submit(
          Tip.submitted(
              id,
              "intake-" + id,
              null,
              "The van is behind the laundromat again.",
              photoId,
              ReceiptKeys.hash(ReceiptKeys.newKey()),
              seal.seal("TELEGRAM:1:1"),
              null,
              clock.instant()));
    }
    String url = "/api/v1/tips/" + id + "/photo/original";

    mvc.perform(post(url).with(user("tp-2")).with(csrf()).param("reason", "curious who sent it"))
        .andExpect(status().isForbidden());
    mvc.perform(post(url).with(user("tp-3")).with(csrf()).param("reason", "curious who sent it"))
        .andExpect(status().isForbidden());
    mvc.perform(post(url).with(user("tp-1")).with(csrf()).param("reason", "why"))
        .andExpect(status().isBadRequest());
    assertThat(revealed(id)).isZero();

    var response =
        mvc.perform(
                post(url)
                    .with(user("tp-1"))
                    .with(csrf())
                    .param("reason", "IA-2026-020: court order to authenticate the photo"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();

    assertThat(response.getContentAsByteArray()).isEqualTo(original);
    assertThat(response.getHeader("Content-Disposition")).contains("quinn");
    assertThat(revealed(id)).isEqualTo(1);
    assertThat(TestPictures.identifiesTheSender(photos.byId(photoId).orElseThrow().bytes()))
        .isFalse();
  }

  private long revealed(String tipId) {
    return mongo.count(
        Query.query(
            Criteria.where("action").is("tip.original_revealed").and("subject").is("tip:" + tipId)),
        AuditEntry.class);
  }
}
