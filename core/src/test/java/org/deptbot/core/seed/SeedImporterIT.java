package org.deptbot.core.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditRecord;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.department.Departments;
import org.deptbot.core.reports.CaseUrgency;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.ProvisionDeadlines;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.Roster;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class SeedImporterIT {

  private static final String SEED =
      """
      department:
        name: Riverton Police Department
        contact: "Non-emergency (555) 010-4400"
      staff:
        - id: s-010
          name: Deputy Chief Maria Alvarez
          roles: [APPROVER, SUPERVISOR]
        - id: s-030
          name: Sgt. Tom Reyes
          roles: [SUPERVISOR]
          supervisor: s-010
          telegram: 700000030
        - id: s-031
          name: Officer Jamie Cole
          roles: [EMPLOYEE]
          supervisor: s-030
      channels:
        - id: tg-alerts
          platform: telegram
          chat: "-1001000000001"
          categories: all
      """;

  private MongoTemplate mongo;
  private StaffMembers staff;
  private ChatLinks links;
  private AuditLog auditLog;
  private SeedImporter importer;
  private final SeedParser parser = new SeedParser();

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    staff = new StaffMembers(mongo);
    links = new ChatLinks(mongo);
    var clock = new MutableClock(Instant.parse("2026-11-21T16:00:00Z"));
    auditLog = new AuditLog(mongo, clock);
    importer =
        new SeedImporter(
            new Departments(mongo),
            staff,
            links,
            new Channels(mongo),
            new Templates(mongo),
            new ProvisionDeadlines(mongo),
            new SeedLedger(mongo),
            new AuditTrail(auditLog),
            clock,
            null,
            null,
            null);
  }

  @Test
  void importingTheSameFileTwiceChangesNothingTheSecondTime() {
    // GIVEN a first import
    SeedImportReport first = importYaml(SEED);
    assertThat(first.changes())
        .contains(
            "set up department Riverton Police Department", "linked telegram:700000030 to s-030")
        .hasSize(6);

    // WHEN the same file is imported again
    SeedImportReport second = importYaml(SEED);

    // THEN nothing changed and it says so
    assertThat(second.changedNothing()).isTrue();
    assertThat(second.summary()).contains("nothing changed");
    assertThat(staff.all()).hasSize(3);
  }

  @Test
  void aChangedFileAddsWhatIsNewButNeverRevertsTheRoster() {
    importYaml(SEED);
    String edited =
        SEED.replace("roles: [EMPLOYEE]", "roles: [EMPLOYEE, DISPATCHER]")
            .replace("telegram: 700000030", "telegram: 700000099")
            .replace(
                "channels:",
                """
                  - id: s-032
                    name: Officer Dana Park
                    roles: [EMPLOYEE]
                    supervisor: s-030
                channels:""");

    SeedImportReport report = importYaml(edited);

    // the new member and the new account are added; s-031's roles and the old account stay
    assertThat(report.changes())
        .containsExactlyInAnyOrder(
            "added staff s-032 (Officer Dana Park, [EMPLOYEE])",
            "linked telegram:700000099 to s-030");
    assertThat(staff.byId("s-031").orElseThrow().roles()).containsExactly(Role.EMPLOYEE);
    assertThat(links.of(new ChatIdentity(ChatPlatform.TELEGRAM, "700000030"))).isPresent();
    // and each change is audited once, as the system's
    assertThat(auditLog.about("staff:s-032"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo(AuditRecord.SYSTEM);
              assertThat(e.action()).isEqualTo("staff.added");
              assertThat(e.details()).containsEntry("roles", "[EMPLOYEE]");
            });
    assertThat(auditLog.about("staff:s-030"))
        .filteredOn(e -> e.details().containsValue("telegram:700000099"))
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo("staff.chat_linked"));
  }

  @Test
  void whatTheConsoleChangedSurvivesTheNextStart() {
    importYaml(SEED);
    // GIVEN the console deactivated the sergeant, moved the officer and removed a chat link
    var roster = new Roster(staff);
    roster.deactivate("s-030");
    roster.setSupervisor("s-031", "s-010");
    links.unlink(new ChatIdentity(ChatPlatform.TELEGRAM, "700000030"));

    // WHEN the bot restarts and imports the same seed file
    long entriesBefore = auditLog.head().orElseThrow().seq();
    SeedImportReport again = importYaml(SEED);

    // THEN nothing is reverted, and nothing is audited because nothing changed
    assertThat(again.changedNothing()).isTrue();
    assertThat(auditLog.head().orElseThrow().seq()).isEqualTo(entriesBefore);
    assertThat(staff.byId("s-030").orElseThrow().active()).isFalse();
    assertThat(staff.byId("s-031").orElseThrow().supervisorId()).isEqualTo("s-010");
    assertThat(links.of(new ChatIdentity(ChatPlatform.TELEGRAM, "700000030"))).isEmpty();
  }

  @Test
  void anAccountLinkedByEnrollmentIsKeptWhenTheSeedDoesNotMentionIt() {
    importYaml(SEED);
    var enrolled = new ChatIdentity(ChatPlatform.DISCORD, "400000000000000031");
    links.linkIfFree(ChatLink.of(enrolled, "s-031", Instant.now(), ChatLink.Source.ENROLLMENT));

    assertThat(importYaml(SEED).changedNothing()).isTrue();
    assertThat(links.of(enrolled)).isPresent();
  }

  @Test
  void anExistingTemplateIsLeftAloneInWhateverStateItIs() {
    String withTemplate =
        SEED
            + """
            templates:
              - key: road_closure
                category: ROAD_CLOSURE
                title: "Road closure: {{street}}"
                body: "{{street}} is closed."
                author: s-030
                approved_by: s-010
                variables:
                  - {name: street, type: location}
            """;
    assertThat(importYaml(withTemplate).changes())
        .contains("added template road_closure v1 (approved by s-010)");
    var templates = new Templates(mongo);
    Template v1 = templates.byId("road_closure:v1").orElseThrow();
    templates.replace(v1, v1.retire("s-010", "no longer used", Instant.now()));

    SeedImportReport again =
        importYaml(withTemplate.replace("is closed.", "is closed in both directions."));

    assertThat(again.changedNothing()).isTrue();
    assertThat(templates.versions("road_closure")).hasSize(1);
    assertThat(templates.usable("road_closure")).isEmpty();
  }

  @Test
  void provisionDeadlinesFollowTheFileAtEveryImportSoBothProgramsReadTheSameOnes() {
    String withDeadlines =
        SEED
            + """
            provisions:
              UNDERCOVER_OFFICER:
                ack_within: 1h
              DISCLOSURE:
                ack_within: 2h
                remind_after: 20m
            """;
    var stored = new ProvisionDeadlines(mongo);

    assertThat(importYaml(withDeadlines).changes())
        .contains("acknowledgement deadlines: DISCLOSURE 2h, UNDERCOVER_OFFICER 1h");
    assertThat(stored.get().deadlines())
        .isEqualTo(
            Map.of(
                PolicyClause.UNDERCOVER_OFFICER,
                new CaseUrgency.AckDeadline(Duration.ofMinutes(30), Duration.ofHours(1)),
                PolicyClause.DISCLOSURE,
                new CaseUrgency.AckDeadline(Duration.ofMinutes(20), Duration.ofHours(2))));
    assertThat(importYaml(withDeadlines).changedNothing()).isTrue();

    // a provision taken out of the file loses its deadline; unlike the roster, the file decides
    importYaml(
        withDeadlines.replace("DISCLOSURE:\n    ack_within: 2h\n    remind_after: 20m\n", ""));
    assertThat(stored.get().provisions()).containsExactly(PolicyClause.UNDERCOVER_OFFICER);
    assertThat(importYaml(SEED).changes())
        .contains("no provision has its own acknowledgement deadline");
    assertThat(stored.get()).isEqualTo(CaseUrgency.NONE);
  }

  @Test
  void anInvalidFileImportsNothing() {
    String broken = SEED.replace("roles: [SUPERVISOR]", "roles: [SERGEANT]");

    assertThatThrownBy(() -> importYaml(broken))
        .isInstanceOf(SeedFileInvalid.class)
        .hasMessageContaining("SERGEANT");
    assertThat(staff.all()).isEmpty();
    assertThat(new Departments(mongo).current()).isEmpty();
  }

  private SeedImportReport importYaml(String yaml) {
    return importer.importSeed("seed.yml", parser.parse("seed.yml", new StringReader(yaml)));
  }
}
