package org.deptbot.core.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.deptbot.core.reports.CaseUrgency;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TimeDirection;
import org.deptbot.core.templates.VariableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SeedParserTest {

  /** A valid department section; tests add staff and channels below it (lines 1-3). */
  private static final String DEPARTMENT =
      """
      department:
        name: Riverton Police Department
        contact: Non-emergency 555-0100
      """;

  private final SeedParser parser = new SeedParser();

  @Test
  void parsesAFullValidFileWithEveryField() {
    // GIVEN a file using every key, mixed-case roles and categories, and a numeric Telegram id
    String yaml =
        """
        department:
          name: Riverton Police Department
          contact: "Non-emergency 555-0100"
          website: https://police.riverton.example
        staff:
          - id: s-001
            name: Dana Whitfield
            roles: [ADMIN, supervisor]
            telegram: 123456789
            discord: "112233445566778899"
          - id: s-002
            name: Lee Park
            roles: [employee, Dispatcher]
            supervisor: s-001
            telegram: "987654321"
            active: false
        channels:
          - id: tg-alerts
            platform: telegram
            chat: "-1001234567890"
            name: Riverton PD Alerts
            categories: [ROAD_CLOSURE, weather-emergency]
          - id: dc-all
            platform: Discord
            chat: "223344556677889900"
            categories: all
        """;

    // WHEN it is parsed
    SeedFile seed = parse(yaml);

    // THEN every field is read, and the defaults fill what the file leaves out
    assertThat(seed.department())
        .isEqualTo(
            new SeedDepartment(
                "Riverton Police Department",
                "Non-emergency 555-0100",
                "https://police.riverton.example",
                SeedDepartment.DEFAULT_DISCLAIMER));
    assertThat(seed.department().disclaimer())
        .isEqualTo("This account is not monitored around the clock. For emergencies dial 911.");
    assertThat(seed.staff())
        .containsExactly(
            new SeedStaffMember(
                "s-001",
                "Dana Whitfield",
                EnumSet.of(Role.ADMIN, Role.SUPERVISOR),
                null,
                true,
                "123456789",
                "112233445566778899",
                6),
            new SeedStaffMember(
                "s-002",
                "Lee Park",
                EnumSet.of(Role.EMPLOYEE, Role.DISPATCHER),
                "s-001",
                false,
                "987654321",
                null,
                11));
    assertThat(seed.channels())
        .containsExactly(
            new SeedChannel(
                "tg-alerts",
                ChatPlatform.TELEGRAM,
                "-1001234567890",
                "Riverton PD Alerts",
                EnumSet.of(NoticeCategory.ROAD_CLOSURE, NoticeCategory.WEATHER_EMERGENCY),
                18),
            new SeedChannel(
                "dc-all",
                ChatPlatform.DISCORD,
                "223344556677889900",
                "dc-all",
                EnumSet.allOf(NoticeCategory.class),
                23));
  }

  @Test
  void keepsTheRolesExactlyAsWrittenAndTheListsUnmodifiable() {
    // GIVEN a member with only the SUPERVISOR role and a file without channels
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [SUPERVISOR]}
            """;

    // WHEN it is parsed
    SeedFile seed = parse(yaml);

    // THEN no EMPLOYEE role is implied, there are no channels, and nothing can be changed
    SeedStaffMember member = seed.staff().get(0);
    assertThat(member.roles()).containsExactly(Role.SUPERVISOR);
    assertThat(seed.channels()).isEmpty();
    assertThatThrownBy(() -> member.roles().add(Role.ADMIN))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> seed.staff().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void keepsAGivenDisclaimer() {
    // GIVEN a department with its own disclaimer
    String yaml =
        """
        department:
          name: Riverton Police Department
          contact: Non-emergency 555-0100
          disclaimer: Read on weekdays only.
        staff:
          - {id: s-1, name: Pat, roles: [ADMIN]}
        """;

    // WHEN it is parsed
    SeedFile seed = parse(yaml);

    // THEN that disclaimer is used instead of the default
    assertThat(seed.department().disclaimer()).isEqualTo("Read on weekdays only.");
    assertThat(seed.department().website()).isNull();
  }

  @Test
  void readsStarterTemplatesWithTheirVariables() {
    // GIVEN a template written by the admin and approved by the approver
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [ADMIN]}
              - {id: s-2, name: Maria, roles: [APPROVER]}
            channels:
              - {id: tg-alerts, platform: telegram, chat: "-100123", categories: all}
            templates:
              - key: road_closure
                category: road-closure
                title: "Road closure: {{street}}"
                body: "{{street}} is closed until {{until}}."
                severity: minor
                expires_after: 12h
                channels: [tg-alerts]
                author: s-1
                approved_by: s-2
                variables:
                  - {name: street, label: "Which street?", type: location, max_length: 120}
                  - {name: until, type: datetime, required: false}
            """;

    // WHEN it is parsed
    SeedTemplate template = parse(yaml).templates().get(0);

    // THEN every part is read
    assertThat(template.key()).isEqualTo("road_closure");
    assertThat(template.category()).isEqualTo(NoticeCategory.ROAD_CLOSURE);
    assertThat(template.severity()).isEqualTo(Severity.MINOR);
    assertThat(template.expiresAfter()).isEqualTo(java.time.Duration.ofHours(12));
    assertThat(template.channels()).containsExactly("tg-alerts");
    assertThat(template.approverId()).isEqualTo("s-2");
    assertThat(template.variables())
        .extracting(TemplateVariable::name, TemplateVariable::type, TemplateVariable::required)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("street", VariableType.LOCATION, true),
            org.assertj.core.groups.Tuple.tuple("until", VariableType.DATETIME, false));
  }

  @Test
  void aDateTimeBlankSaysWhetherItLooksBackOrAheadAndLooksAheadUnlessTold() {
    // GIVEN a missing person template whose last sighting looks back, and a closure's reopening
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [ADMIN]}
              - {id: s-2, name: Maria, roles: [APPROVER]}
            templates:
              - key: missing
                category: MISSING_PERSON
                title: Missing
                body: "Last seen {{last_seen}}, back {{back}}, reopens {{until}}."
                author: s-1
                approved_by: s-2
                variables:
                  - {name: last_seen, type: datetime, when: past}
                  - {name: back, type: datetime, when: Future}
                  - {name: until, type: datetime}
            """;

    // WHEN it is parsed, THEN each blank has its direction, ahead when not given
    assertThat(parse(yaml).templates().get(0).variables())
        .extracting(TemplateVariable::when)
        .containsExactly(TimeDirection.PAST, TimeDirection.FUTURE, TimeDirection.FUTURE);
  }

  @Test
  void anUnknownDirectionIsReportedOnItsLine() {
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [ADMIN]}
              - {id: s-2, name: Maria, roles: [APPROVER]}
            templates:
              - key: missing
                category: MISSING_PERSON
                title: Missing
                body: "Last seen {{last_seen}}."
                author: s-1
                approved_by: s-2
                variables:
                  - {name: last_seen, type: datetime, when: yesterday}
            """;

    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOfSatisfying(
            SeedFileInvalid.class,
            invalid ->
                assertThat(invalid.problems())
                    .extracting(SeedProblem::message)
                    .anySatisfy(m -> assertThat(m).contains("when 'yesterday' is not known")));
  }

  @Test
  void rejectsTemplatesNobodyElseApprovedOrWithUndeclaredBlanks() {
    // GIVEN one template approved by its own author, one by a non-approver, one with a stray blank
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [ADMIN]}
              - {id: s-2, name: Maria, roles: [APPROVER]}
            templates:
              - {key: a, category: SPECIAL_EVENT, title: A, body: A, author: s-2, approved_by: s-2}
              - {key: b, category: SPECIAL_EVENT, title: B, body: B, author: s-2, approved_by: s-1}
              - {key: c, category: SPECIAL_EVENT, title: "{{where}}", body: C, author: s-1, approved_by: s-2}
            """;

    // WHEN it is parsed, THEN each is reported on its line
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOfSatisfying(
            SeedFileInvalid.class,
            invalid ->
                assertThat(invalid.problems())
                    .extracting(SeedProblem::message)
                    .anySatisfy(m -> assertThat(m).contains("someone other than the author"))
                    .anySatisfy(m -> assertThat(m).contains("'s-1' is not an APPROVER"))
                    .anySatisfy(m -> assertThat(m).contains("{{where}} is used but not declared")));
  }

  @Test
  void reportsAYamlSyntaxErrorWithItsLine() {
    // GIVEN a name on line 6 whose quote is never closed
    String yaml =
        DEPARTMENT
            + """
            staff:
              - id: s-1
                name: "Pat
            """;

    // WHEN it is parsed
    SeedFileInvalid invalid = invalid(yaml);

    // THEN that is the only problem, at the end of the file where SnakeYAML notices it,
    // and the message points back at the line where the quote starts
    assertThat(invalid.problems()).hasSize(1);
    SeedProblem problem = invalid.problems().get(0);
    assertThat(problem.message())
        .startsWith("YAML syntax error: ")
        .contains("quoted scalar (from line 6)");
    assertThat(problem.line()).isEqualTo(7);
  }

  @Test
  void rejectsAnUnknownKeyAndNamesTheKnownOnes() {
    // GIVEN a staff entry with a misspelt key on line 7
    String yaml =
        DEPARTMENT
            + """
            staff:
              - id: s-1
                name: Pat
                rols: [ADMIN]
            """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN the unknown key is reported with the keys that are allowed, and so is the missing one
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                5, "staff entry s-1 has no roles; write it like 'roles: [EMPLOYEE, SUPERVISOR]'"),
            new SeedProblem(
                7,
                "unknown key 'rols' in staff entry; known keys: id, name, roles, supervisor,"
                    + " telegram, discord, active"));
  }

  @Test
  void rejectsAnUnknownTopLevelKey() {
    // GIVEN a file with a key the format does not have
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [ADMIN]}
            chanels: []
            """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN the key is reported on its line
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                6,
                "unknown key 'chanels' in the file; known keys: department, staff, channels,"
                    + " templates, provisions, urgent_reports, zones, findings, cases, test_messages"));
  }

  @Test
  void theDepartmentRenamesAndAddsFindingsAndChoosesToTellReporters() {
    String staff = "staff:\n  - {id: s-1, name: Pat, roles: [ADMIN]}\n";
    String yaml =
        DEPARTMENT
            + staff
            + """
            findings:
              - code: sustained
                label: Founded
              - code: NOT_SUSTAINED
              - code: MEDIATED
                label: Mediated
                meaning: it was settled between the people involved
            cases:
              tell-reporter-finding: true
            """;

    var settings = parse(yaml).findings();

    assertThat(settings.tellReporterFinding()).isTrue();
    assertThat(settings.findings())
        .extracting(
            f -> f.code() + "=" + f.label("en") + "/" + f.label("es") + ": " + f.meaning("en"))
        .containsExactly(
            "SUSTAINED=Founded/Founded: the policy was broken",
            "NOT_SUSTAINED=Not sustained/No comprobada: there was not enough evidence to decide",
            "MEDIATED=Mediated/Mediated: it was settled between the people involved");
    assertThat(parse(DEPARTMENT + staff).findings())
        .as("without the sections: the standard five, reporters not told")
        .isEqualTo(org.deptbot.core.reports.Findings.DEFAULT_SETTINGS);
  }

  @Test
  void aFindingWithoutLabelOrListedTwiceIsReportedOnItsLine() {
    String staff = "staff:\n  - {id: s-1, name: Pat, roles: [ADMIN]}\n";
    String yaml =
        DEPARTMENT
            + staff
            + """
            findings:
              - code: MEDIATED
              - code: UNFOUNDED
              - code: UNFOUNDED
            """;

    assertThat(problems(yaml))
        .extracting(SeedProblem::message)
        .containsExactly(
            "finding MEDIATED is not a standard one; give it a label: Mediated",
            "finding UNFOUNDED is listed twice");
  }

  @Test
  void eachProvisionMayHaveItsOwnAcknowledgementDeadlineAndNothingIsUrgentWithout() {
    String staff = "staff:\n  - {id: s-1, name: Pat, roles: [ADMIN]}\n";
    String yaml =
        DEPARTMENT
            + staff
            + """
            provisions:
              UNDERCOVER_OFFICER:
                ack_within: 1h
              DISCLOSURE:
                ack_within: 2h
                remind_after: 20m
            """;

    CaseUrgency urgency = parse(yaml).urgency();

    assertThat(urgency.deadlines())
        .containsOnly(
            entry(
                PolicyClause.UNDERCOVER_OFFICER,
                new CaseUrgency.AckDeadline(Duration.ofMinutes(30), Duration.ofHours(1))),
            entry(
                PolicyClause.DISCLOSURE,
                new CaseUrgency.AckDeadline(Duration.ofMinutes(20), Duration.ofHours(2))));
    assertThat(parse(DEPARTMENT + staff).urgency()).isEqualTo(CaseUrgency.NONE);
  }

  @Test
  void aBadDeadlineIsReportedOnItsLineNamingTheProvision() {
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [ADMIN]}
            provisions:
              UNDERCOVER_OFFICER:
                ack_within: 90 minutes
              DISCLOSURE:
                ack_within: 1h
                remind_after: 1h
              RECKLESS_BEHAVIOR:
                remind_after: 10m
              THREATS:
                ack_within: 2h
            """;

    assertThat(problems(yaml))
        .extracting(SeedProblem::line, SeedProblem::message)
        .containsExactlyInAnyOrder(
            tuple(
                14,
                "unknown key 'THREATS' in provisions; known keys: DISCLOSURE,"
                    + " DEPARTMENT_IDENTIFIERS, UNDERCOVER_OFFICER, OBSCENE_OR_BIASED,"
                    + " RECKLESS_BEHAVIOR, UNAUTHORIZED_STATEMENT, DEFAMATION_OR_PRIVACY, OTHER"),
            tuple(
                8,
                "ack_within '90 minutes' of provision UNDERCOVER_OFFICER is not a duration;"
                    + " write it like 30m, 2h or 1d"),
            tuple(
                11,
                "remind_after of provision DISCLOSURE must be shorter than its ack_within, so the"
                    + " handler is reminded before the case goes one level up"),
            tuple(
                13,
                "provision RECKLESS_BEHAVIOR has no ack_within; write it like 'ack_within: 2h'"));
  }

  @Test
  void theOldUrgentReportsSectionStillGivesEachProvisionItsDeadlinesAndIsLoggedAsDeprecated(
      CapturedOutput output) {
    String staff = "staff:\n  - {id: s-1, name: Pat, roles: [ADMIN]}\n";
    String yaml =
        DEPARTMENT
            + staff
            + """
            urgent_reports:
              provisions: [UNDERCOVER_OFFICER, disclosure]
              remind_after: 20m
              escalate_after: 1h
            provisions:
              DISCLOSURE:
                ack_within: 4h
            """;

    CaseUrgency urgency = parse(yaml).urgency();

    assertThat(urgency.deadlines())
        .containsOnly(
            entry(
                PolicyClause.UNDERCOVER_OFFICER,
                new CaseUrgency.AckDeadline(Duration.ofMinutes(20), Duration.ofHours(1))),
            // named in both: the new section's deadline wins
            entry(
                PolicyClause.DISCLOSURE,
                new CaseUrgency.AckDeadline(Duration.ofHours(2), Duration.ofHours(4))));
    assertThat(output)
        .contains("The seed file's urgent_reports section (line 7) is deprecated")
        .contains(
            """
            provisions:
              UNDERCOVER_OFFICER:
                ack_within: 1h
                remind_after: 20m
              DISCLOSURE:
                ack_within: 1h
                remind_after: 20m""");
  }

  @Test
  void anUnknownUrgentProvisionOrDeadlinesOutOfOrderAreReportedOnTheirLines() {
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [ADMIN]}
            urgent_reports:
              provisions: [THREATS]
              remind_after: 3h
              escalate_after: 2h
            """;

    assertThat(problems(yaml))
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(7);
              assertThat(p.message())
                  .startsWith("unknown provision 'THREATS' in urgent_reports; known provisions:");
            })
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(9);
              assertThat(p.message())
                  .contains("escalate_after in urgent_reports must be longer than remind_after");
            });
  }

  @Test
  void rejectsAMissingRequiredField() {
    // GIVEN a department without its contact line
    String yaml =
        """
        department:
          name: Riverton Police Department
        staff:
          - {id: s-1, name: Pat, roles: [ADMIN]}
        """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN the missing field is reported where the department starts
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                2,
                "department has no contact; write it like 'contact: \"Non-emergency 555-0100\"'"));
  }

  @Test
  void rejectsAFileWithoutStaff() {
    // GIVEN a file with only a department
    String yaml = DEPARTMENT;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN the missing staff list is reported
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                1,
                "the file has no staff; list each staff member under it, starting with"
                    + " '- id: s-001'"));
  }

  @Test
  void rejectsUnknownRoleWithItsLine() {
    // GIVEN a role that is misspelt on line 9
    String yaml =
        DEPARTMENT
            + """
            staff:
              - id: s-1
                name: Pat
                roles:
                  - ADMIN
                  - CHEIF
            """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN the role is reported on its own line with the roles that exist
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                9,
                "role 'CHEIF' is not known; use one of EMPLOYEE, DISPATCHER, SUPERVISOR,"
                    + " APPROVER, INTERNAL_AFFAIRS, ADMIN, DISPATCH_SUPERVISOR"));
  }

  @Test
  void rejectsADuplicateStaffId() {
    // GIVEN two entries with the same id
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [ADMIN]}
              - {id: s-1, name: Sam, roles: [EMPLOYEE]}
            """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN the second one is reported and points at the first
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                6,
                "staff id 's-1' is used twice (first on line 5); give each staff member their"
                    + " own id"));
  }

  @Test
  void rejectsASupervisorWhoIsNotInTheStaffList() {
    // GIVEN a member whose supervisor does not exist
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [ADMIN]}
              - id: s-104
                name: Sam
                roles: [EMPLOYEE]
                supervisor: s-999
            """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN the supervisor line is reported
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                9,
                "supervisor 's-999' of s-104 is not in the staff list; fix the id or add that"
                    + " person"));
  }

  @Test
  void rejectsAMemberWhoSupervisesThemselves() {
    // GIVEN a member who is their own supervisor
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [ADMIN], supervisor: s-1}
            """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN that is reported once, not also as a loop
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                5, "s-1 is their own supervisor; name someone else or remove the line"));
  }

  @Test
  void rejectsAChainOfCommandThatLoops() {
    // GIVEN s-1 -> s-2 -> s-3 -> s-1, with s-4 reporting into the loop
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-4, name: Ari, roles: [EMPLOYEE], supervisor: s-2}
              - {id: s-1, name: Pat, roles: [ADMIN], supervisor: s-2}
              - {id: s-2, name: Sam, roles: [SUPERVISOR], supervisor: s-3}
              - {id: s-3, name: Lee, roles: [SUPERVISOR], supervisor: s-1}
            """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN the loop is reported once, starting where the chain first enters it
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                7,
                "chain of command loops: s-2 -> s-3 -> s-1 -> s-2; someone in it must have no"
                    + " supervisor or one outside the loop"));
  }

  @Test
  void rejectsATelegramIdUsedTwice() {
    // GIVEN two members with one Telegram account, written once as a number, once as text
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [ADMIN], telegram: 123456789}
              - {id: s-2, name: Sam, roles: [EMPLOYEE], telegram: "123456789"}
            """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN the second use is reported
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                6,
                "telegram id 123456789 in staff entry s-2 is already used by staff entry s-1"
                    + " (line 5); an account can belong to one staff member only"));
  }

  @Test
  void rejectsADiscordIdThatIsNotSeventeenToTwentyDigits() {
    // GIVEN a Discord id that is too short and a Discord user name instead of an id
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [ADMIN], discord: "12345"}
              - {id: s-2, name: Sam, roles: [ADMIN], discord: sam#1234}
            """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN both are reported with what a Discord id looks like
    assertThat(problems)
        .extracting(SeedProblem::line, SeedProblem::message)
        .containsExactly(
            tuple(
                5,
                "discord '12345' in staff entry s-1 is not a user id; use the numeric id, 17 to"
                    + " 20 digits, such as 112233445566778899"),
            tuple(
                6,
                "discord 'sam#1234' in staff entry s-2 is not a user id; use the numeric id, 17"
                    + " to 20 digits, such as 112233445566778899"));
  }

  @Test
  void rejectsTheTrainingPlatformForAChannel() {
    // GIVEN a channel on the local training chat
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [ADMIN]}
            channels:
              - id: practice
                platform: training
                chat: "1"
                categories: all
            """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN the platform is reported on its line
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                8,
                "platform 'training' in channel entry practice cannot have notice channels;"
                    + " use telegram or discord"));
  }

  @Test
  void rejectsAnUnknownCategoryAndABadChatId() {
    // GIVEN a channel with a misspelt category and a Telegram chat given by name
    String yaml =
        DEPARTMENT
            + """
            staff:
              - {id: s-1, name: Pat, roles: [ADMIN]}
            channels:
              - id: tg-alerts
                platform: telegram
                chat: "@riverton"
                categories: [ROAD_CLOSURE, PARADE]
            """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN both are reported
    assertThat(problems).extracting(SeedProblem::line).containsExactly(9, 10);
    assertThat(problems.get(0).message())
        .isEqualTo(
            "chat '@riverton' in channel entry tg-alerts is not a Telegram chat id; use digits"
                + " with an optional leading '-', such as -1001234567890");
    assertThat(problems.get(1).message())
        .startsWith("category 'PARADE' is not known; use one of ROAD_CLOSURE, SPECIAL_EVENT,")
        .endsWith(", or write 'categories: all' for every category");
  }

  @Test
  void rejectsAMappingWhereAListIsExpected() {
    // GIVEN a staff section written as a mapping
    String yaml =
        DEPARTMENT
            + """
            staff:
              id: s-1
              name: Pat
            """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN the wrong type is reported where the value starts
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                5,
                "staff in the file must be a list, not a set of 'key: value' lines; list each"
                    + " staff member under it, starting with '- id: s-001'"));
  }

  @Test
  void rejectsADuplicateKey() {
    // GIVEN a department with two names
    String yaml =
        """
        department:
          name: Riverton Police Department
          contact: Non-emergency 555-0100
          name: Riverton PD
        staff:
          - {id: s-1, name: Pat, roles: [ADMIN]}
        """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN the second key is reported and points at the first
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                4, "key 'name' appears twice in department (first on line 2); keep only one"));
  }

  @Test
  void rejectsAWebsiteThatIsNotAWebAddress() {
    // GIVEN a website without http or https
    String yaml =
        """
        department:
          name: Riverton Police Department
          contact: Non-emergency 555-0100
          website: police.riverton.example
        staff:
          - {id: s-1, name: Pat, roles: [ADMIN]}
        """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN the website is reported
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                4,
                "website 'police.riverton.example' is not a web address; write the full address,"
                    + " such as https://police.riverton.example"));
  }

  @Test
  void reportsSeveralProblemsTogetherInLineOrder() {
    // GIVEN a file with problems in the channels, the staff and the department
    String yaml =
        """
        department:
          name: Riverton Police Department
        staff:
          - {id: s-1, name: Pat, roles: [BOSS]}
          - {id: s-2, name: Sam, roles: [EMPLOYEE], supervisor: s-9, active: maybe}
        channels:
          - {id: tg, platform: slack, chat: "1", categories: all}
        """;

    // WHEN it is parsed
    SeedFileInvalid invalid = invalid(yaml);

    // THEN every problem is listed, sorted by line, and the message says nothing was imported
    assertThat(invalid.problems()).extracting(SeedProblem::line).containsExactly(2, 4, 5, 5, 7);
    assertThat(invalid.source()).isEqualTo("seed.yml");
    assertThat(invalid.getMessage())
        .startsWith("seed.yml has 5 problems; nothing was imported:\n  line 2: department has no")
        .contains("\n  line 4: role 'BOSS' is not known")
        .contains("\n  line 5: active in staff entry s-2 must be true or false, not 'maybe'")
        .contains("\n  line 5: supervisor 's-9' of s-2 is not in the staff list")
        .contains("\n  line 7: platform 'slack' in channel entry tg is not known");
  }

  @Test
  void rejectsAnEmptyFile() {
    // GIVEN a file with only a comment
    String yaml = "# nothing yet\n";

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN the empty file is reported
    assertThat(problems)
        .containsExactly(
            new SeedProblem(
                1, "the file is empty; it needs at least a department and a staff list"));
  }

  @Test
  void rejectsTooManyAliases() {
    // GIVEN a "billion laughs" file that grows by repeating aliases
    String yaml =
        """
        a: &a [x, x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
        """;

    // WHEN it is parsed
    List<SeedProblem> problems = problems(yaml);

    // THEN it is refused before it grows
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isZero();
    assertThat(problems.get(0).message()).contains("aliases");
  }

  @Test
  void readsAFileFromDisk(@TempDir Path dir) throws IOException {
    // GIVEN a valid seed file on disk
    Path file = dir.resolve("seed.yml");
    Files.writeString(
        file,
        DEPARTMENT + "staff:\n  - {id: s-1, name: Pat, roles: [ADMIN]}\n",
        StandardCharsets.UTF_8);

    // WHEN it is parsed
    SeedFile seed = parser.parse(file);

    // THEN it is read
    assertThat(seed.department().name()).isEqualTo("Riverton Police Department");
  }

  @Test
  void reportsAMissingFileAsOneProblemWithoutALine(@TempDir Path dir) {
    // GIVEN a path where there is no file
    Path file = dir.resolve("missing.yml");

    // WHEN it is parsed
    SeedFileInvalid invalid = catchThrowableOfType(SeedFileInvalid.class, () -> parser.parse(file));

    // THEN the one problem says the file cannot be read
    assertThat(invalid.source()).isEqualTo(file.toString());
    assertThat(invalid.problems())
        .containsExactly(new SeedProblem(0, "cannot read seed file " + file + ": no such file"));
    assertThat(invalid.getMessage())
        .isEqualTo(
            file
                + " has 1 problem; nothing was imported:\n  cannot read seed file "
                + file
                + ": no such file");
  }

  @Test
  void rejectsAFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
    // GIVEN a file saved in Latin-1 with an accented name
    Path file = dir.resolve("seed.yml");
    Files.writeString(
        file,
        DEPARTMENT + "staff:\n  - {id: s-1, name: Ren\u00e9, roles: [ADMIN]}\n",
        StandardCharsets.ISO_8859_1);

    // WHEN it is parsed
    SeedFileInvalid invalid = catchThrowableOfType(SeedFileInvalid.class, () -> parser.parse(file));

    // THEN the encoding is reported
    assertThat(invalid.problems())
        .containsExactly(
            new SeedProblem(0, "the file is not UTF-8 text; save it with UTF-8 encoding"));
  }

  private SeedFile parse(String yaml) {
    return parser.parse("seed.yml", new StringReader(yaml));
  }

  private SeedFileInvalid invalid(String yaml) {
    return catchThrowableOfType(SeedFileInvalid.class, () -> parse(yaml));
  }

  private List<SeedProblem> problems(String yaml) {
    SeedFileInvalid invalid = invalid(yaml);
    assertThat(invalid).as("expected the file to be rejected").isNotNull();
    return invalid.problems();
  }
}
