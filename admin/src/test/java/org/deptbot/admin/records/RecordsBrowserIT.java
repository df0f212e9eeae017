package org.deptbot.admin.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleBrowser;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.records.LegalHolds;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A records officer at a desk places a legal hold, in headless Chromium. */
@BrowserTest
@ConsoleIntegrationTest
class RecordsBrowserIT {

  @LocalServerPort int port;
  @Autowired StaffMembers staff;
  @Autowired ConsoleAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired LegalHolds holds;

  @Test
  void aRecordsOfficerPlacesAHoldOnAStaffMembersRecords() {
    new ConsoleStaff(staff, accounts, encoder).add("rb-1", Role.INTERNAL_AFFAIRS);
    staff.save(new StaffMember("rb-1", "Lt. Kim Park", Set.of(Role.INTERNAL_AFFAIRS), null, true));
    staff.save(new StaffMember("s-031", "Officer Jamie Cole", Set.of(Role.EMPLOYEE), null, true));
    try (var desk = new ConsoleBrowser(port, false)) {
      desk.signIn("rb-1", ConsoleStaff.PASSWORD).open("/records");
      desk.waitForText("Legal holds");
      assertThat(desk.text())
          .as("retention in words, not ISO-8601 periods")
          .contains("3 years", "5 years")
          .doesNotContain("P3Y", "P5Y");
      desk.screenshot("records");

      // a mistyped case number is refused: nothing looks held that is not
      new Select(desk.field("kind")).selectByValue("CASE");
      desk.field("target").sendKeys("R-2026-0042");
      desk.field("reason").sendKeys("Subpoena 26-CV-0113, Doe v. City of Riverton");
      desk.press("Place the hold");
      desk.waitForText("No case R-2026-0042. Check the number.");
      desk.screenshot("records-hold-typo");
      assertThat(holds.active())
          .noneSatisfy(h -> assertThat(h.scope().target()).isEqualTo("R-2026-0042"));

      new Select(desk.field("kind")).selectByValue("STAFF");
      desk.field("target").sendKeys("s-031");
      desk.field("reason").sendKeys("Subpoena 26-CV-0113, Doe v. City of Riverton");
      desk.press("Place the hold");

      desk.waitForText("Nothing it covers will be purged until it is lifted.");
      assertThat(desk.text())
          .contains(
              "Officer Jamie Cole’s records (s-031)", "Subpoena 26-CV-0113", "Lt. Kim Park, ");
      desk.screenshot("records-hold-placed");

      // the hold is in the audit log under the officer's name, and the chain checks out
      desk.open("/audit");
      desk.waitForText("hold.placed");
      assertThat(desk.rowWith("hold.placed"))
          .contains("Lt. Kim Park", "Console", "Legal hold placed");
      desk.press("Check the chain");
      desk.waitForText("Audit log intact");
      desk.screenshot("audit");
    }
    try (var phone = new ConsoleBrowser(port, true)) {
      phone.signIn("rb-1", ConsoleStaff.PASSWORD).open("/records");
      phone.waitForText("Legal holds");
      phone.screenshot("records-phone");
      phone.open("/audit");
      phone.waitForText("hold.placed");
      phone.screenshot("audit-phone");
    }
    assertThat(holds.active()).anySatisfy(h -> assertThat(h.scope().target()).isEqualTo("s-031"));
  }

  @Test
  void aBundleOfSeveralMegabytesIsCheckedOnUpload(@TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    new ConsoleStaff(staff, accounts, encoder).add("rb-2", Role.INTERNAL_AFFAIRS);
    var files = Bundles.files();
    byte[] video = new byte[6 * 1024 * 1024];
    new java.util.Random(7).nextBytes(video); // does not compress: the upload stays 6 MB
    files.put("evidence/R-2026-000001/2-video", video);
    var bundle = Bundles.write(dir, files, files);

    try (var desk = new ConsoleBrowser(port, false)) {
      desk.signIn("rb-2", ConsoleStaff.PASSWORD).open("/records");
      desk.field("bundle").sendKeys(bundle.toAbsolutePath().toString());
      desk.press("Check it");

      desk.waitForText("is intact");
      assertThat(desk.text()).contains("E-2026-000009", "3 files");
      desk.screenshot("records-bundle-checked");
    }
  }
}
