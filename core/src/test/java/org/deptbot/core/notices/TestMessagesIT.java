package org.deptbot.core.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bson.Document;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.Delivery;
import org.deptbot.core.delivery.DeliveryPlanner;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.department.Department;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.cap.CapDocument;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscriber;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateWording;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.TimeShown;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.w3c.dom.Element;

/**
 * The department's monthly test message, issued through the desk: once per occurrence however many
 * times it is asked, marked as a test on every post and in its CAP document, to the channels and to
 * no subscriber but those who asked for it.
 */
class TestMessagesIT {

  private static final LocalDate FIRST_WEDNESDAY = LocalDate.of(2026, 12, 2);

  private final MutableClock clock = new MutableClock(NoticeFixtures.T0);
  private MongoTemplate mongo;
  private Notices notices;
  private AuditLog auditLog;
  private Subscribers subscribers;
  private Deliveries deliveries;
  private final TestMessage monthly =
      new TestMessage(
          "monthly",
          "monthly_test",
          TestMessageRule.parse("monthly first Wednesday 10:00").orElseThrow(),
          List.of("tg-alerts"));

  @BeforeEach
  void setUp() {
    mongo = TestMongo.newDatabase();
    notices = new Notices(mongo, clock);
    auditLog = new AuditLog(mongo, clock);
    auditLog.createIndexes();
    new Templates(mongo).add(monthlyTest());
    new Channels(mongo)
        .save(
            new Channel(
                "tg-alerts",
                ChatPlatform.TELEGRAM,
                "-1001",
                "Alerts",
                Set.of(NoticeCategory.CRIME_PREVENTION_TIP)));
    subscribers = new Subscribers(mongo, clock);
    deliveries = new Deliveries(mongo);
    deliveries.createIndexes();
  }

  /** The desk as a (re)started bot builds it, over the same database. */
  private NoticeDesk desk() {
    Notices fresh = new Notices(mongo, clock);
    return new NoticeDesk(
        new NoticeDrafts(mongo, fresh, clock),
        fresh,
        new Templates(mongo),
        new Authorization(),
        new AuditTrail(auditLog),
        clock,
        new org.deptbot.core.zones.Zones(mongo),
        Guardrails.defaults(),
        new NoticeTexts(
            new Departments(mongo),
            TimeShown.bundled(),
            new TimeShown(clock, ZoneId.of("UTC"), TimeShown.bundled())),
        TimeShown.bundled(),
        NoticeDesk.EmergencyTerms.defaults());
  }

  private static Template monthlyTest() {
    return Template.draft(
            "monthly_test",
            NoticeCategory.CRIME_PREVENTION_TIP,
            "Monthly test of our notices",
            "If you can read this, our notices reach you.",
            List.of(),
            Severity.MINOR,
            Urgency.FUTURE,
            Duration.ofHours(2),
            List.of(),
            "s-060",
            NoticeFixtures.T0)
        .withWordings(
            Map.of(
                "es",
                new TemplateWording(
                    "Prueba mensual de nuestros avisos",
                    "Si puede leer esto, nuestros avisos le llegan.")))
        .submit("s-060", NoticeFixtures.T0)
        .approve("s-010", null, NoticeFixtures.T0);
  }

  @Test
  void anOccurrenceIssuedTwiceOrByTwoBotsAtOnceIsOneNoticeAuditedOnce() throws Exception {
    var pool = Executors.newFixedThreadPool(2);
    try {
      Callable<NoticeOutcome> round = () -> desk().issueTest(monthly, FIRST_WEDNESDAY);
      List<Future<NoticeOutcome>> both = pool.invokeAll(List.of(round, round));
      both.get(0).get();
      both.get(1).get();
    } finally {
      pool.shutdown();
    }
    NoticeOutcome afterRestart = desk().issueTest(monthly, FIRST_WEDNESDAY);

    assertThat(afterRestart).isInstanceOf(NoticeOutcome.AlreadyIssued.class);
    List<Notice> all = mongo.findAll(Notice.class);
    assertThat(all).hasSize(1);
    Notice test = all.get(0);
    assertThat(test.mode()).isEqualTo(NoticeMode.TEST);
    assertThat(test.targets()).containsExactly("tg-alerts");
    assertThat(test.issuedBy()).isEqualTo("system");
    List<AuditEntry> entries = auditLog.about("notice:" + test.id());
    assertThat(entries).extracting(AuditEntry::action).containsExactly("notice.issued");
    assertThat(entries.get(0).details())
        .containsEntry("mode", "TEST")
        .containsEntry("test_message", "monthly")
        .containsEntry("occurrence", "2026-12-02");

    // the next month's occurrence is a notice of its own
    assertThat(desk().issueTest(monthly, LocalDate.of(2027, 1, 6)))
        .isInstanceOf(NoticeOutcome.Stored.class);
    assertThat(mongo.findAll(Notice.class)).hasSize(2);
  }

  @Test
  void aTemplateWithABlankOrNotApprovedIsRefusedAndNothingIsStored() {
    new Templates(mongo).add(NoticeFixtures.approvedRoadClosure());
    var blanks = new TestMessage("roads", "road_closure", monthly.rule(), List.of("tg-alerts"));
    var missing = new TestMessage("gone", "no_such", monthly.rule(), List.of("tg-alerts"));

    assertThat(desk().issueTest(blanks, FIRST_WEDNESDAY)).isInstanceOf(NoticeOutcome.Refused.class);
    assertThat(desk().issueTest(missing, FIRST_WEDNESDAY))
        .isInstanceOf(NoticeOutcome.Refused.class);
    assertThat(mongo.findAll(Notice.class)).isEmpty();
  }

  @Test
  void itGoesToTheChannelsAndOnlyToSubscribersWhoAskedForIt() {
    subscribers.subscribe(ChatPlatform.TELEGRAM, "501", List.of(NoticeCategory.values()));
    subscribers.subscribe(ChatPlatform.TELEGRAM, "502", List.of(NoticeCategory.ROAD_CLOSURE));
    subscribers.receiveTests(ChatPlatform.TELEGRAM, "502", true);
    subscribers.receiveTests(ChatPlatform.TELEGRAM, "503", true);
    subscribers.receiveTests(ChatPlatform.TELEGRAM, "503", false);
    // a subscriber stored before the choice existed reads as not having asked
    mongo.insert(
        new Document("_id", "telegram:504")
            .append("platform", "TELEGRAM")
            .append("chatId", "504")
            .append("categories", List.of("CRIME_PREVENTION_TIP"))
            .append("active", true),
        "subscribers");
    assertThat(subscribers.byId("telegram:504")).map(Subscriber::testMessages).contains(false);

    desk().issueTest(monthly, FIRST_WEDNESDAY);
    new DeliveryPlanner(notices, new Channels(mongo), subscribers, deliveries, clock).planPending();

    List<Delivery> queued = mongo.findAll(Delivery.class);
    assertThat(queued)
        .extracting(d -> d.recipientKind() + " " + d.recipientKey())
        .containsExactlyInAnyOrder("CHANNEL tg-alerts", "SUBSCRIBER telegram:502");
    assertThat(queued).filteredOn(d -> d.recipientKind() == RecipientKind.SUBSCRIBER).hasSize(1);
  }

  @Test
  void everyPostSaysItIsATestInEachLanguageAndTheCapStatusIsTest() throws Exception {
    Departments departments = new Departments(mongo);
    departments.save(
        Department.of("Riverton Police Department", "Non-emergency 555-0100", null, null)
            .withLanguages(List.of("en", "es")));
    Notice test = ((NoticeOutcome.Stored) desk().issueTest(monthly, FIRST_WEDNESDAY)).notice();

    assertThat(texts(departments, "notice-posts").of(test).banners())
        .containsExactly(
            "TEST — this is a test of Riverton Police Department's notices. No action needed.");
    assertThat(
            texts(departments, "notice-posts_es")
                .of(test.id(), test.severity(), test.mode(), test.latest(), "es")
                .banners())
        .containsExactly(
            "PRUEBA — esta es una prueba de los avisos de Riverton Police Department. No hace"
                + " falta hacer nada.");

    String xml =
        CapDocument.render(
            new NoticeCapMessages("police.riverton.example", ZoneId.of("America/Chicago"))
                .alert(test, 1, monthlyTest(), departments.current().orElseThrow()));
    Element alert =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    assertThat(alert.getElementsByTagName("status").item(0).getTextContent()).isEqualTo("Test");
    assertThat(NoticeCapMessages.status(NoticeMode.EXERCISE).capValue()).isEqualTo("Exercise");
  }

  /** The post wording of one bundle, as the bot's message source words it. */
  private NoticeTexts texts(Departments departments, String bundle) {
    var resource = java.util.ResourceBundle.getBundle(bundle, java.util.Locale.ROOT);
    org.deptbot.core.templates.PostWording wording =
        (key, args) -> new java.text.MessageFormat(resource.getString(key)).format(args);
    return new NoticeTexts(
        departments, wording, new TimeShown(clock, ZoneId.of("America/Chicago"), wording));
  }
}
