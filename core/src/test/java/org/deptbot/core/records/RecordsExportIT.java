package org.deptbot.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deptbot.core.records.RecordsWorld.console;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.bson.Document;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.NotPermitted;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.VariableType;
import org.deptbot.core.testing.TestPictures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordsExportIT {

  static final String REPORTER_ID = "s-reporter-7731";
  static final String REPORTER_NAME = "Officer Quinn Halvorsen";
  static final String FOUND_NAME = "Harriet Vandermeer";
  static final String FOUND_DESCRIPTION = "five foot two, red raincoat, walks with a cane";
  static final String TIPSTER_CONTACT = "jo.tipster@example.org 555-0142";

  private RecordsWorld world;
  private StaffMember reporter;

  /** Internal affairs and on the tips desk: may read every case and tip here. */
  private StaffMember recordsDesk;

  private final byte[] evidenceBytes = TestPictures.jpegWithGps(32, 24);
  private final byte[] personPhoto = random();
  private final byte[] tipPhoto = TestPictures.jpegWithGps(20, 20);
  private final byte[] pdf = "%PDF-1.7 /Author (Quinn Private)".getBytes(StandardCharsets.UTF_8);

  @BeforeEach
  void setUp() {
    world = new RecordsWorld();
    reporter = world.employee(REPORTER_ID, REPORTER_NAME);
    recordsDesk =
        world.staff.save(
            new StaffMember(
                "s-records",
                "Lt. Ana Cruz",
                java.util.Set.of(Role.INTERNAL_AFFAIRS, Role.DISPATCHER),
                null,
                true));
    world.employee("s-032", "Officer Pat Lane");
    world.evidence.add("intake-R-2026-000001", "quinn-screenshot.jpg", "image/jpeg", evidenceBytes);
    world.evidence.add("intake-R-2026-000001", "quinn-saved-page.pdf", "application/pdf", pdf);
    world.resolvedCase("R-2026-000001", REPORTER_ID, "s-032");
    world.audit.record(
        Actor.staff(reporter, new ChatIdentity(ChatPlatform.TELEGRAM, "700000077")),
        "case.submitted",
        "case:R-2026-000001");
    world.audit.system("case.reporter_added", "case:R-2026-000001", "by", REPORTER_ID);
    world.resolvedCase("R-2026-000002", null, "s-032");
    foundPersonNotice();
    String photoId = world.tipPhotos.store("image/jpeg", "tip.jpg", tipPhoto);
    world.closedTip("T-2026-000001", "N-2026-000001", TIPSTER_CONTACT, photoId);
    world.cancelledNotice("N-2026-000002", Map.of("street", "Main St"));
  }

  @Test
  void anEDiscoveryBundleHoldsEachRecordWithItsHistoryFilesAndAuditEntries() throws IOException {
    var out = new ByteArrayOutputStream();

    ExportReceipt receipt =
        world.export.write(
            console(recordsDesk),
            ExportRequest.of(
                ExportMode.E_DISCOVERY,
                "Subpoena 2026-CV-118",
                RecordScope.ofCase("R-2026-000001"),
                RecordScope.ofNotice("N-2026-000001")),
            out);

    Map<String, byte[]> files = unzip(out.toByteArray());
    String evidenceSha = BundleWriter.sha256(evidenceBytes);
    assertThat(files.keySet())
        .contains(
            "records/case/R-2026-000001.json",
            "records/notice/N-2026-000001.json",
            "records/tip/T-2026-000001.json",
            "records/template/missing_person.json",
            "records/staff/" + REPORTER_ID + ".json",
            "evidence/R-2026-000001/R-2026-000001-file-1.png",
            "evidence/N-2026-000001/photo-" + BundleWriter.sha256(personPhoto),
            "evidence/T-2026-000001/T-2026-000001-photo.png",
            "audit/entries.jsonl",
            "manifest.json")
        .doesNotContain("records/case/R-2026-000002.json", "records/notice/N-2026-000002.json");
    byte[] cleaned = files.get("evidence/R-2026-000001/R-2026-000001-file-1.png");
    assertThat(TestPictures.identifiesTheSender(cleaned)).isFalse();
    files.forEach(
        (path, content) ->
            assertThat(TestPictures.identifiesTheSender(content)).as(path).isFalse());
    for (byte[] original : List.of(evidenceBytes, tipPhoto, pdf)) {
      assertNowhere(files, original);
    }
    assertNowhere(files, "quinn-s".getBytes(StandardCharsets.UTF_8));
    Document notice = json(files, "records/notice/N-2026-000001.json");
    assertThat(notice.getList("revisions", Document.class))
        .extracting(r -> r.getString("kind"))
        .containsExactly("ISSUE", "UPDATE", "FOUND");
    assertThat(notice.getList("deliveries", Document.class)).isEmpty();
    Document report = json(files, "records/case/R-2026-000001.json");
    assertThat(report.getString("reporterId")).isEqualTo(REPORTER_ID);
    assertThat(report.getList("events", Document.class)).hasSize(3);
    List<Document> listed = report.getList("evidence", Document.class);
    assertThat(listed.get(0).getString("sha256")).isEqualTo(evidenceSha);
    assertThat(listed.get(0).getString("cleanSha256")).isEqualTo(BundleWriter.sha256(cleaned));
    assertThat(listed.get(1).getString("sha256")).isEqualTo(BundleWriter.sha256(pdf));
    assertThat(listed.get(1).getString("cleanSha256")).isNull();
    assertThat(listed.get(1).getString("file")).isNull();
    assertThat(json(files, "manifest.json").getList("withheld", Document.class))
        .extracting(w -> w.getString("record") + " " + w.getString("item"))
        .contains("case:R-2026-000001 evidence file 2 (application/pdf)");
    assertThat(text(files, "audit/entries.jsonl"))
        .contains("\"case.submitted\"", "\"case.reporter_added\"");
    Document manifest = json(files, "manifest.json");
    assertThat(manifest.getString("exportId")).isEqualTo(receipt.exportId());
    assertThat(manifest.getString("generatedBy")).isEqualTo("s-records");
    assertThat(manifest.getString("purpose")).isEqualTo("Subpoena 2026-CV-118");
    assertThat(manifest.getList("files", Document.class)).hasSize(files.size() - 1);
    assertThat(receipt.records()).isEqualTo(4);

    BundleVerification verified =
        new BundleVerifier().verify(new ByteArrayInputStream(out.toByteArray()));
    assertThat(verified.problems()).isEmpty();
    assertThat(verified.manifestSha256()).isEqualTo(receipt.manifestSha256());
    AuditEntry exported = world.auditAbout("export:" + receipt.exportId()).get(0);
    assertThat(exported.action()).isEqualTo("records.exported");
    assertThat(exported.details())
        .containsEntry("manifestSha256", receipt.manifestSha256())
        .containsEntry("mode", "E_DISCOVERY");
  }

  @Test
  void aBundleCarriesAnIndexPageListingItsRecordsFilesAndRedactionsEscapedAndSelfContained()
      throws IOException {
    var out = new ByteArrayOutputStream();

    world.export.write(
        console(recordsDesk),
        ExportRequest.of(
            ExportMode.PUBLIC_RECORDS,
            "PRR-2026-0412 <script>alert('x')</script> & \"Doe\"",
            RecordScope.ofCase("R-2026-000001"),
            RecordScope.ofNotice("N-2026-000001"),
            RecordScope.ofCase("R-2026-000404")),
        out);

    Map<String, byte[]> files = unzip(out.toByteArray());
    String index = text(files, "index.html");
    Document manifest = json(files, "manifest.json");
    assertThat(index)
        .contains(
            "Records export " + manifest.getString("exportId"),
            "Public records (redacted)",
            "Case R-2026-000001",
            "Notice N-2026-000001",
            "Tip T-2026-000001",
            "R-2026-000404",
            "PRR-2026-0412 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Doe&quot;")
        .doesNotContain("<script", "src=", "href=", "<link", "url(", "@import");
    for (Document file : manifest.getList("files", Document.class)) {
      if (!file.getString("path").equals("index.html")) {
        assertThat(index).contains(file.getString("path"), file.getString("sha256"));
      }
    }
    for (Document redaction : manifest.getList("redactions", Document.class)) {
      assertThat(index).contains(redaction.getString("record"), redaction.getString("field"));
    }
    assertThat(manifest.getList("files", Document.class))
        .extracting(f -> f.getString("path"))
        .as("the index is hashed like every other file")
        .contains("index.html");
    assertThat(new BundleVerifier().verify(new ByteArrayInputStream(out.toByteArray())).intact())
        .isTrue();
  }

  @Test
  void anAnonymousReporterStaysSealedAndUnlinkedEvenForEDiscovery() throws IOException {
    var out = new ByteArrayOutputStream();
    world.export.write(
        console(recordsDesk),
        ExportRequest.of(ExportMode.E_DISCOVERY, "IA review", RecordScope.ofCase("R-2026-000002")),
        out);

    Map<String, byte[]> files = unzip(out.toByteArray());
    Document report = json(files, "records/case/R-2026-000002.json");
    assertThat(report.getString("reporterContact")).isEqualTo("sealed:QUJDREVG");
    assertThat(report.getString("receiptHash")).isEqualTo(Redactor.MARK);
    String stored =
        world.mongo.findById("R-2026-000002", Document.class, "reports").getString("receiptHash");
    assertNowhere(files, stored.getBytes(StandardCharsets.UTF_8));
    assertThat(text(files, "manifest.json")).contains("cannot tell who they are");
  }

  @Test
  void aPublicRecordsBundleCarriesNoConfidentialValueAnywhere() throws IOException {
    world.holds.place(
        console(world.internalAffairs),
        new HoldRequest(RecordScope.ofStaff(REPORTER_ID), "grievance by the reporter"));
    var out = new ByteArrayOutputStream();

    world.export.write(
        console(recordsDesk),
        ExportRequest.of(
            ExportMode.PUBLIC_RECORDS,
            "Records request PRR-2026-0412",
            RecordScope.ofCase("R-2026-000001"),
            RecordScope.ofCase("R-2026-000002"),
            RecordScope.ofNotice("N-2026-000001"),
            RecordScope.ofNotice("N-2026-000002")),
        out);

    Map<String, byte[]> files = unzip(out.toByteArray());
    for (String secret :
        List.of(
            REPORTER_ID,
            REPORTER_NAME,
            "chat-of-" + REPORTER_ID,
            "quinn-screenshot",
            "tag-of-R-2026-000001",
            "sealed:QUJDREVG",
            TIPSTER_CONTACT,
            "tipster-tag-T-2026-000001",
            "sealed:VElQU1RFUg==",
            FOUND_NAME,
            FOUND_DESCRIPTION,
            "555000111")) {
      assertNowhere(files, secret.getBytes(StandardCharsets.UTF_8));
    }
    for (byte[] secret : List.of(evidenceBytes, personPhoto, tipPhoto)) {
      assertNowhere(files, secret);
    }
    assertThat(files).containsKey("records/notice/N-2026-000002.json");
    Document manifest = json(files, "manifest.json");
    assertThat(manifest.getList("redactions", Document.class))
        .extracting(r -> r.getString("record") + " " + r.getString("field"))
        .contains(
            "case:R-2026-000001 reporterId",
            "case:R-2026-000001 reporterContact",
            "tip:T-2026-000001 contact",
            "notice:N-2026-000001 revisions[0].values.name",
            "notice:N-2026-000001 revisions[1].values.description",
            "notice:N-2026-000002 deliveries[1].chatId");
    assertThat(manifest.getList("withheld", Document.class))
        .extracting(r -> r.getString("record"))
        .containsExactlyInAnyOrder(
            "case:R-2026-000001",
            "case:R-2026-000001",
            "notice:N-2026-000001",
            "tip:T-2026-000001");
    assertThat(new BundleVerifier().verify(new ByteArrayInputStream(out.toByteArray())).intact())
        .isTrue();
  }

  @Test
  void aHandlersNoteLeavesAPublicRecordsBundleAndStaysInAnEDiscoveryOne() throws IOException {
    String note = "Subject's brother works dispatch; keep him off this.";
    var stored = world.reports.byId("R-2026-000001").orElseThrow();
    world.reports.replace(stored, stored.addNote("s-sgt", note, world.clock.instant()));
    var publicOut = new ByteArrayOutputStream();
    var discoveryOut = new ByteArrayOutputStream();

    world.export.write(
        console(recordsDesk),
        ExportRequest.of(
            ExportMode.PUBLIC_RECORDS, "PRR-2026-0413", RecordScope.ofCase("R-2026-000001")),
        publicOut);
    world.export.write(
        console(recordsDesk),
        ExportRequest.of(ExportMode.E_DISCOVERY, "IA 2026-5", RecordScope.ofCase("R-2026-000001")),
        discoveryOut);

    Map<String, byte[]> publicFiles = unzip(publicOut.toByteArray());
    assertNowhere(publicFiles, note.getBytes(StandardCharsets.UTF_8));
    assertThat(json(publicFiles, "manifest.json").getList("redactions", Document.class))
        .extracting(r -> r.getString("record") + " " + r.getString("field"))
        .contains("case:R-2026-000001 notes[0].text");
    Document report = json(unzip(discoveryOut.toByteArray()), "records/case/R-2026-000001.json");
    assertThat(report.getList("notes", Document.class))
        .extracting(n -> n.getString("text"))
        .containsExactly(note);
    assertThat(report.getList("allegations", Document.class))
        .extracting(a -> a.getString("finding"))
        .containsExactly("SUSTAINED");
  }

  @Test
  void aStaffMembersRecordsAreEveryRecordNamingThem() throws IOException {
    var out = new ByteArrayOutputStream();

    ExportReceipt receipt =
        world.export.write(
            console(world.internalAffairs),
            ExportRequest.of(ExportMode.E_DISCOVERY, "IA 2026-4", RecordScope.ofStaff("s-032")),
            out);

    assertThat(unzip(out.toByteArray()).keySet())
        .filteredOn(path -> path.startsWith("records/") && !path.startsWith("records/staff/"))
        .containsExactlyInAnyOrder(
            "records/case/R-2026-000001.json", "records/case/R-2026-000002.json");
    assertThat(receipt.records()).isEqualTo(2);
  }

  @Test
  void anAdministratorsExportHoldsNoCaseNorTipAndCountsWhatWasLeftOut() throws IOException {
    var out = new ByteArrayOutputStream();

    ExportReceipt receipt =
        world.export.write(
            console(world.admin),
            ExportRequest.of(
                ExportMode.E_DISCOVERY,
                "Subpoena 2026-CV-118",
                RecordScope.ofCase("R-2026-000001"),
                RecordScope.ofCase("R-2026-000002"),
                RecordScope.ofNotice("N-2026-000001")),
            out);

    Map<String, byte[]> files = unzip(out.toByteArray());
    assertThat(files.keySet())
        .contains("records/notice/N-2026-000001.json")
        .noneMatch(path -> path.startsWith("records/case/") || path.startsWith("records/tip/"))
        .noneMatch(path -> path.startsWith("evidence/R-") || path.startsWith("evidence/T-"));
    for (String secret : List.of(REPORTER_ID, "case:R-2026-", "Posted a photo in uniform")) {
      assertNowhere(files, secret.getBytes(StandardCharsets.UTF_8));
    }
    assertNowhere(files, evidenceBytes);
    assertNowhere(files, tipPhoto);
    Document leftOut = json(files, "manifest.json").get("leftOutForLackOfAccess", Document.class);
    assertThat(leftOut.getInteger("cases")).isEqualTo(2);
    assertThat(leftOut.getInteger("tips")).isEqualTo(1);
    assertThat(receipt.leftOut()).isEqualTo(3);
    assertThat(receipt.notFound()).isEmpty();
  }

  @Test
  void theSubjectOfReportsExportingThemselvesGetsNoReportAboutThem() throws IOException {
    // the officer the cases are about is in internal affairs, and so may export records
    world.staff.save(
        new StaffMember(
            "s-032", "Officer Pat Lane", java.util.Set.of(Role.INTERNAL_AFFAIRS), "s-sgt", true));
    var out = new ByteArrayOutputStream();

    ExportReceipt receipt =
        world.export.write(
            console(world.staff.byId("s-032").orElseThrow()),
            ExportRequest.of(ExportMode.E_DISCOVERY, "my own file", RecordScope.ofStaff("s-032")),
            out);

    Map<String, byte[]> files = unzip(out.toByteArray());
    assertThat(files.keySet()).noneMatch(path -> path.startsWith("records/case/"));
    assertNowhere(files, REPORTER_ID.getBytes(StandardCharsets.UTF_8));
    assertNowhere(files, REPORTER_NAME.getBytes(StandardCharsets.UTF_8));
    assertThat(receipt.records()).isZero();
    assertThat(receipt.leftOut()).isEqualTo(2);
  }

  @Test
  void listsWhatWasAskedForButIsNotStored() throws IOException {
    var out = new ByteArrayOutputStream();

    ExportReceipt receipt =
        world.export.write(
            console(world.admin),
            ExportRequest.of(
                ExportMode.E_DISCOVERY, "request 7", RecordScope.ofCase("R-2026-000404")),
            out);

    assertThat(receipt.notFound()).containsExactly("R-2026-000404");
    assertThat(json(unzip(out.toByteArray()), "manifest.json").getList("notFound", String.class))
        .containsExactly("R-2026-000404");
  }

  @Test
  void refusesOthersAndAnExportWithoutPurposeAndWritesNothing() {
    var out = new ByteArrayOutputStream();
    var request =
        ExportRequest.of(ExportMode.E_DISCOVERY, "x", RecordScope.ofCase("R-2026-000001"));

    for (var member : List.of(world.dispatcher, world.supervisor, world.approver, reporter)) {
      assertThatThrownBy(() -> world.export.write(console(member), request, out))
          .isInstanceOf(NotPermitted.class);
    }
    assertThatThrownBy(
            () ->
                world.export.write(
                    console(world.admin),
                    ExportRequest.of(
                        ExportMode.PUBLIC_RECORDS, " ", RecordScope.ofCase("R-2026-000001")),
                    out))
        .isInstanceOfSatisfying(
            ExportRefused.class,
            e -> assertThat(e.reason()).isEqualTo(ExportRefused.Reason.PURPOSE_NEEDED));
    assertThat(out.size()).isZero();
    assertThat(world.auditAbout("export:E-2026-000001")).isEmpty();
  }

  private void foundPersonNotice() {
    var template =
        world.template(
            "missing_person",
            NoticeCategory.MISSING_PERSON,
            TemplateVariable.required("name", "Name", VariableType.TEXT),
            TemplateVariable.required("description", "Description", VariableType.TEXT),
            TemplateVariable.optional("photo", "Photo", VariableType.PHOTO));
    String photo = world.noticePhotos.store("image/jpeg", "harriet.jpg", personPhoto);
    Map<String, String> values =
        Map.of("name", FOUND_NAME, "description", FOUND_DESCRIPTION, "photo", photo);
    Notice issued =
        Notice.issue(
            "N-2026-000001",
            template,
            values,
            List.of("tg-alerts"),
            NoticeMode.LIVE,
            world.dispatcher.id(),
            world.clock.instant());
    world.notices.add(issued);
    Notice updated =
        issued.update(
            template,
            values,
            "Last seen near " + FOUND_NAME + "'s home",
            world.dispatcher.id(),
            world.clock.instant());
    world.notices.replace(issued, updated);
    world.notices.replace(
        updated,
        updated.found(
            "Missing person found",
            "Thank you for your help.",
            world.dispatcher.id(),
            world.clock.instant()));
  }

  private static void assertNowhere(Map<String, byte[]> files, byte[] secret) {
    files.forEach(
        (path, content) ->
            assertThat(indexOf(content, secret))
                .as("%s must not hold %s", path, new String(secret, StandardCharsets.UTF_8))
                .isEqualTo(-1));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  private static String text(Map<String, byte[]> files, String path) {
    return new String(files.get(path), StandardCharsets.UTF_8);
  }

  private static Document json(Map<String, byte[]> files, String path) {
    return Document.parse(text(files, path));
  }

  private static byte[] random() {
    byte[] bytes = new byte[48];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
