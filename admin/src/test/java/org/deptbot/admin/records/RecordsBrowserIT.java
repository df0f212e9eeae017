package org.deptbot.admin.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.deptbot.admin.login.ConsoleAccounts;
import org.deptbot.admin.testing.ConsoleBrowser;
import org.deptbot.admin.testing.ConsoleIntegrationTest;
import org.deptbot.admin.testing.ConsoleStaff;
import org.deptbot.core.records.LegalHolds;
import org.deptbot.core.staff.Role;
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
    try (var desk = new ConsoleBrowser(port, false)) {
      desk.signIn("rb-1", ConsoleStaff.PASSWORD).open("/records");
      desk.waitForText("Legal holds");
      desk.screenshot("records");

      new Select(desk.field("kind")).selectByValue("STAFF");
      desk.field("target").sendKeys("s-031");
      desk.field("reason").sendKeys("Subpoena 26-CV-0113, Doe v. City of Riverton");
      desk.press("Place the hold");

      desk.waitForText("Nothing it covers will be purged until it is lifted.");
      assertThat(desk.text()).contains("staff s-031", "Subpoena 26-CV-0113");
      desk.screenshot("records-hold-placed");

      // the hold is in the audit log, and the chain checks out
      desk.open("/audit");
      desk.waitForText("hold.placed");
      desk.press("Check the chain");
      desk.waitForText("Audit log intact");
      desk.screenshot("audit");
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
