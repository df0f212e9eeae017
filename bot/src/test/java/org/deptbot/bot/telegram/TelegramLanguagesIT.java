package org.deptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.deptbot.bot.BotApplication;
import org.deptbot.bot.TestSealKey;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.InlineButton;
import org.deptbot.bot.telegram.fake.SentMessage;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscriber;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TemplateWording;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;
import org.deptbot.core.testing.NoticeNumbers;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.Tips;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The example department speaks English and Spanish: a member of the public whose Telegram is set
 * to Spanish ({@code language_code} "es" in {@code from}) is answered in Spanish and has Spanish
 * preselected at /subscribe; staff stay in English; an approver sees every language of a template
 * and is told which one it lacks.
 */
class TelegramLanguagesIT {

  private static final String TOKEN = "123456:TEST-token";
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final long DISPATCHER = 700000050; // s-050 in the example seed
  private static final long APPROVER = 700000010; // s-010, linked below
  private static final long ALERTS = -1001000000001L; // tg-alerts
  private static final long TRAFFIC = -1001000000002L; // tg-traffic

  @TempDir static Path dataDir;
  private static FakeTelegram telegram;
  private static ConfigurableApplicationContext bot;

  @BeforeAll
  static void start() {
    telegram = FakeTelegram.start(TOKEN, "riverton_pd_bot");
    telegram.createGroup(ALERTS, "Riverton PD Alerts");
    telegram.createGroup(TRAFFIC, "Riverton Traffic & Weather");
    bot =
        new SpringApplication(BotApplication.class)
            .run(
                "--deptbot.storage.data-dir=" + dataDir,
                "--deptbot.storage.embedded-port=0",
                "--deptbot.storage.mongodb-uri=",
                "--deptbot.seed-file=" + Path.of("..", "examples", "seed.yml").toAbsolutePath(),
                "--deptbot.telegram.token=" + TOKEN,
                "--deptbot.reports.seal-key=" + TestSealKey.BASE64,
                "--deptbot.telegram.api-url=http://127.0.0.1:" + telegram.port(),
                "--deptbot.chat.flood.burst=1000",
                "--server.port=0");
    bot.getBean(ChatLinks.class)
        .relink(
            ChatLink.of(
                new ChatIdentity(ChatPlatform.TELEGRAM, Long.toString(APPROVER)),
                "s-010",
                Instant.now(),
                ChatLink.Source.ENROLLMENT));
  }

  @AfterAll
  static void stop() {
    bot.close();
    assertThat(telegram.rejectedRequests()).as("requests Telegram would refuse").isEmpty();
    telegram.close();
  }

  @Test
  void aMemberOfThePublicWhoseTelegramIsInSpanishIsAnsweredInSpanish() {
    telegram.userSpeaks(910101, "es-MX");
    telegram.userSends(910101, "Lucía", "/start");
    assertThat(telegram.awaitMessages(910101, 1, WAIT).get(0).plainText())
        .contains("Hola, Lucía", "Riverton Police Department")
        .doesNotContain("Hello");

    telegram.userSends(910101, "Lucía", "/help");
    assertThat(telegram.awaitMessages(910101, 2, WAIT).get(1).plainText())
        .contains("Lo que puede hacer aquí", "/tip");

    telegram.userSends(910101, "Lucía", "/nonsense");
    assertThat(telegram.awaitMessages(910101, 3, WAIT).get(2).plainText())
        .contains("No conozco el comando /nonsense");
  }

  @Test
  void someoneInAnotherLanguageGetsTheDefaultAndStaffStayInEnglish() {
    telegram.userSpeaks(910102, "de");
    telegram.userSends(910102, "Jonas", "/start");
    assertThat(telegram.awaitMessages(910102, 1, WAIT).get(0).plainText()).contains("Hello Jonas");

    telegram.userSpeaks(DISPATCHER, "es");
    telegram.userSends(DISPATCHER, "Kelly", "/help");
    assertThat(telegram.awaitMessages(DISPATCHER, 1, WAIT).get(0).plainText())
        .contains("What you can do here");
  }

  @Test
  void subscribePreselectsTheAppsLanguageKeepsItAndOffersTheOther() {
    telegram.userSpeaks(910103, "es");
    telegram.userSends(910103, "Ana", "/subscribe");
    SentMessage menu = telegram.awaitMessages(910103, 1, WAIT).get(0);
    assertThat(menu.plainText())
        .contains(
            "¿Qué avisos desea recibir aquí?", "Los avisos y mis respuestas le llegan en: Español");
    assertThat(labels(menu)).contains("[ ] Cierre de calles", "English");

    press(910103, menu, "[ ] Cierre de calles");
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(subscriber(910103))
                    .satisfies(
                        s -> {
                          assertThat(s.categories()).contains(NoticeCategory.ROAD_CLOSURE);
                          assertThat(s.language()).isEqualTo("es");
                        }));

    // they pick English: kept, and the menu is redrawn in English
    SentMessage now = latest(910103);
    press(910103, now, "English");
    await()
        .atMost(WAIT)
        .untilAsserted(() -> assertThat(subscriber(910103).language()).isEqualTo("en"));
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(latest(910103).currentText())
                    .contains("Notices and my replies come in: English"));

    // their app still says Spanish, but what they picked wins
    telegram.userSends(910103, "Ana", "/help");
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> assertThat(latest(910103).plainText()).contains("What you can do here"));
  }

  @Test
  void anApproverSeesEveryLanguageSideBySideAndIsToldWhichOneIsMissing() {
    Templates templates = bot.getBean(Templates.class);
    Instant now = Instant.now();
    var street = TemplateVariable.required("street", "Which street?", VariableType.LOCATION);
    Template bilingual =
        Template.draft(
                "lang_both",
                NoticeCategory.ROAD_CLOSURE,
                "Closed: {{street}}",
                "{{street}} is closed.",
                List.of(street),
                Severity.MINOR,
                Urgency.EXPECTED,
                Duration.ofHours(2),
                List.of(),
                "s-060",
                now)
            .withWordings(
                java.util.Map.of(
                    "es", new TemplateWording("Cerrada: {{street}}", "{{street}} está cerrada.")))
            .submit("s-060", now);
    Template englishOnly =
        Template.draft(
                "lang_english",
                NoticeCategory.ROAD_CLOSURE,
                "Shut: {{street}}",
                "{{street}} is shut.",
                List.of(street),
                Severity.MINOR,
                Urgency.EXPECTED,
                Duration.ofHours(2),
                List.of(),
                "s-060",
                now)
            .submit("s-060", now);
    templates.add(bilingual);
    templates.add(englishOnly);

    telegram.userSends(APPROVER, "Maria", "/approvals");
    List<SentMessage> replies = telegram.awaitMessages(APPROVER, 3, WAIT);
    String both =
        replies.stream()
            .map(SentMessage::plainText)
            .filter(t -> t.contains("lang_both"))
            .findFirst()
            .orElseThrow();
    String english =
        replies.stream()
            .map(SentMessage::plainText)
            .filter(t -> t.contains("lang_english"))
            .findFirst()
            .orElseThrow();

    assertThat(both)
        .contains("In English:", "Closed: [street]", "In Spanish:", "Cerrada: [street]")
        .contains("Cerrada: Main St and 3rd Ave") // filled with the sample answer too
        .doesNotContain("No Spanish wording");
    assertThat(both.indexOf("In English:")).isLessThan(both.indexOf("In Spanish:"));
    assertThat(english)
        .contains("Shut: [street]")
        .contains("No Spanish wording yet", "You can still approve it")
        .doesNotContain("In Spanish:");
  }

  @Test
  void aSubscriberWhoReadsSpanishGetsTheSpanishPostWhileTheChannelGetsTheDefault() {
    telegram.userSpeaks(910104, "es");
    telegram.userSends(910104, "Rosa", "/subscribe road_closure");
    await()
        .atMost(WAIT)
        .untilAsserted(() -> assertThat(latest(910104).plainText()).contains("Guardado"));

    int before = telegram.messagesTo(DISPATCHER).size();
    telegram.userSends(
        DISPATCHER, "Kelly", "/notice road_closure street=\"Elm St at 4th\" reason=\"a crash\"");
    await()
        .atMost(WAIT)
        .until(
            () ->
                telegram.messagesTo(DISPATCHER).stream()
                    .skip(before)
                    .anyMatch(m -> labels(m).stream().anyMatch(l -> l.startsWith("Confirm"))));
    SentMessage control =
        telegram.messagesTo(DISPATCHER).stream()
            .skip(before)
            .filter(m -> labels(m).stream().anyMatch(l -> l.startsWith("Confirm")))
            .reduce((a, b) -> b)
            .orElseThrow();
    String confirm =
        labels(control).stream().filter(l -> l.startsWith("Confirm")).findFirst().orElseThrow();
    press(DISPATCHER, control, confirm);

    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(telegram.messagesTo(910104))
                    .anySatisfy(
                        m ->
                            assertThat(m.plainText())
                                .contains(
                                    "Calle cerrada: Elm St at 4th",
                                    "Elm St at 4th está cerrada.",
                                    "Motivo: a crash.",
                                    "Riverton Police Department",
                                    "Aviso N-")));
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(telegram.messagesTo(ALERTS))
                    .anySatisfy(
                        m ->
                            assertThat(m.plainText())
                                .contains("Road closure: Elm St at 4th", "Notice N-")
                                .doesNotContain("Calle cerrada")));
  }

  @Test
  void aChannelInSpanishGetsTheSpanishPostAndOneInEveryLanguageGetsBothUnderTheirHeadings() {
    Channels channels = bot.getBean(Channels.class);
    Channel alerts = channels.byId("tg-alerts").orElseThrow();
    Channel traffic = channels.byId("tg-traffic").orElseThrow();
    channels.save(alerts.withLanguage("es"));
    channels.save(traffic.withLanguage(Channel.ALL));
    try {
      SentMessage control =
          previewOf("/notice road_closure street=\"Birch Rd\" reason=\"a fallen tree\"");
      // the free-text answer goes into the Spanish post as typed, and the preview says so
      assertThat(control.plainText())
          .contains(
              "The Español post uses your answers to \u201cWhy? A few words (e.g. a crash, utility work)\u201d as typed.")
          .doesNotContain("\u201cWhich road");
      press(DISPATCHER, control, confirmLabel(control));

      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(postsAbout(ALERTS, "Birch Rd"))
                      .singleElement()
                      .satisfies(
                          text ->
                              assertThat(text)
                                  .contains("Calle cerrada: Birch Rd", "Motivo: a fallen tree.")
                                  .doesNotContain("Road closure", "English")));
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(postsAbout(TRAFFIC, "Birch Rd"))
                      .singleElement()
                      .satisfies(
                          text -> {
                            assertThat(text)
                                .contains(
                                    "Road closure: Birch Rd / Calle cerrada: Birch Rd",
                                    "English\nBirch Rd is closed.",
                                    "Reason: a fallen tree.",
                                    "Español\nBirch Rd está cerrada.",
                                    "Motivo: a fallen tree.")
                                .containsOnlyOnce("Riverton Police Department");
                            assertThat(text.indexOf("English")).isLessThan(text.indexOf("Español"));
                          }));
    } finally {
      channels.save(alerts);
      channels.save(traffic);
    }
  }

  @Test
  void aPostInEveryLanguageTooLongForTelegramIsRefusedAtThePreviewNamingTheChannel() {
    Templates templates = bot.getBean(Templates.class);
    Instant now = Instant.now();
    var street = TemplateVariable.required("street", "Which street?", VariableType.LOCATION);
    String english = "{{street}} is closed. " + "Detours are signposted. ".repeat(100);
    String spanish = "{{street}} está cerrada. " + "Los desvíos están señalizados. ".repeat(80);
    templates.add(
        Template.draft(
                "lang_long",
                NoticeCategory.ROAD_CLOSURE,
                "Closed: {{street}}",
                english,
                List.of(street),
                Severity.MINOR,
                Urgency.EXPECTED,
                Duration.ofHours(2),
                List.of("tg-traffic"),
                "s-060",
                now)
            .withWordings(
                java.util.Map.of("es", new TemplateWording("Cerrada: {{street}}", spanish)))
            .submit("s-060", now)
            .approve("s-010", "fine", now));
    Channels channels = bot.getBean(Channels.class);
    Channel traffic = channels.byId("tg-traffic").orElseThrow();
    channels.save(traffic.withLanguage(Channel.ALL));
    try {
      SentMessage control = previewOf("/notice lang_long street=\"Cedar Ln\"");
      assertThat(control.plainText())
          .contains(
              "Riverton Traffic & Weather (Telegram group) posts every language in one post",
              "too long for Telegram",
              "the limit is 4,096",
              "or untick Riverton Traffic & Weather (Telegram group)");
      assertThat(labels(control)).noneMatch(l -> l.startsWith("Confirm"));
      press(DISPATCHER, control, "Discard");
    } finally {
      channels.save(traffic);
    }

    // in one language each post fits: the same notice is offered for confirmation
    SentMessage again = previewOf("/notice lang_long street=\"Cedar Ln\"");
    assertThat(again.plainText()).doesNotContain("posts every language");
    assertThat(labels(again)).anyMatch(l -> l.startsWith("Confirm"));
    press(DISPATCHER, again, "Discard");
  }

  @Test
  void aTipstersStatusChangeComesInTheLanguageTheyPickedAtSubscribe() {
    telegram.userSpeaks(910107, "es");
    telegram.userSends(910107, "Marta", "/subscribe road_closure");
    await()
        .atMost(WAIT)
        .untilAsserted(() -> assertThat(latest(910107).plainText()).contains("Guardado"));

    // a tip from that chat (sealed as the tip desk seals it), then the desk acknowledges it
    Tips tips = bot.getBean(Tips.class);
    Instant now = Instant.now();
    Tip sent =
        tips.submit(
            Tip.submitted(
                tips.nextNumber(),
                "intake-910107",
                null,
                "A blue van has been parked by the school gate all week.",
                null,
                "receipt-hash-910107",
                bot.getBean(ReporterSeal.class).seal("TELEGRAM:910107:910107"),
                null,
                now));
    int before = telegram.messagesTo(910107).size();
    // the desk round may be marking the tip's card sent meanwhile: acknowledge the stored version
    await()
        .atMost(WAIT)
        .until(
            () -> {
              Tip stored = tips.byId(sent.id()).orElseThrow();
              return tips.replace(stored, stored.acknowledge("s-050", Instant.now()));
            });

    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(telegram.messagesTo(910107).stream().skip(before))
                    .anySatisfy(
                        m ->
                            assertThat(m.plainText())
                                .contains("El departamento recibió su pista " + sent.id())
                                .doesNotContain("has been received")));
  }

  @Test
  void aTimeReadsInEachPostsLanguageAndATextGivenInSpanishReachesOnlyTheSpanishPost() {
    Channels channels = bot.getBean(Channels.class);
    Channel alerts = channels.byId("tg-alerts").orElseThrow();
    channels.save(alerts.withLanguage("es"));
    try {
      // the quick form gives the street and the time; the reason, free text, is asked, and the
      // preview follows at once: the answer is used in every language unless given otherwise
      SentMessage first =
          answer(
              DISPATCHER,
              "/notice road_closure street=\"Ash St\" until=\"2027-03-02 18:30\"",
              m -> m.plainText().contains("Why? A few words"),
              "black ice",
              m -> m.plainText().contains("Above is exactly") && labels(m).contains("Discard"));
      assertThat(first.plainText())
          .contains(
              "The Español post uses your answers to \u201cWhy? A few words (e.g. a crash, utility work)\u201d as typed.");
      // from the preview: the Spanish answers, the reason among them (the street is a place, the
      // time is worded in Spanish by itself, so neither is listed)
      SentMessage list =
          pressAndAwait(
              DISPATCHER, first, "Write answers in Español", m -> labels(m).contains("Back"));
      assertThat(labels(list))
          .containsExactly("Why? A few words (e.g. a crash, utility work)", "Back");
      SentMessage question =
          pressAndAwait(
              DISPATCHER,
              list,
              "Why? A few words (e.g. a crash, utility work)",
              m -> m.plainText().contains("in Español"));
      assertThat(question.plainText())
          .contains("Why? A few words (e.g. a crash, utility work), in Español")
          .contains("Only the Español post uses it");

      // an answer too long for the blank changes nothing: the same question again
      int before = telegram.messagesTo(DISPATCHER).size();
      telegram.userSends(DISPATCHER, "Kelly", "x".repeat(121));
      awaitNew(DISPATCHER, before, m -> m.plainText().contains("in Español"));
      assertThat(telegram.messagesTo(DISPATCHER).stream().skip(before).map(SentMessage::plainText))
          .anyMatch(t -> t.contains("121 characters; the most is 120"))
          .noneMatch(t -> t.contains("Above is exactly"));

      before = telegram.messagesTo(DISPATCHER).size();
      telegram.userSends(DISPATCHER, "Kelly", "hielo en la calzada");
      SentMessage control =
          awaitNew(
              DISPATCHER,
              before,
              m -> m.plainText().contains("Above is exactly") && labels(m).contains("Discard"));
      // the preview shows every language, each under its heading, the time in each language
      String preview =
          telegram.messagesTo(DISPATCHER).stream()
              .skip(before)
              .map(SentMessage::plainText)
              .filter(t -> t.contains("Ash St"))
              .findFirst()
              .orElseThrow();
      assertThat(preview)
          .contains(
              "English",
              "Reason: black ice.",
              "Expected to reopen: Tue 2 Mar 2027, 18:30 UTC.",
              "Español",
              "Motivo: hielo en la calzada.",
              "Reapertura prevista: mar 2 mar 2027, 18:30 UTC.");
      // the reason was given in Spanish, so the note does not claim it is used as typed, and no
      // answer is left to write in Spanish
      assertThat(control.plainText()).doesNotContain("as typed");
      assertThat(labels(control)).doesNotContain("Write answers in Español");
      // the confirmation names the new notice; an earlier test's notice must not be the one
      // cancelled below
      String posted =
          pressAndAwait(
                  DISPATCHER,
                  control,
                  confirmLabel(control),
                  m -> m.plainText().startsWith("Posted as"))
              .plainText();

      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(postsAbout(ALERTS, "Ash St"))
                      .singleElement()
                      .satisfies(
                          text ->
                              assertThat(text)
                                  .contains(
                                      "Calle cerrada: Ash St",
                                      "Motivo: hielo en la calzada.",
                                      "Reapertura prevista: mar 2 mar 2027, 18:30 UTC.")
                                  .doesNotContain("black ice", "Tue 2 Mar", "today")));
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(postsAbout(TRAFFIC, "Ash St"))
                      .singleElement()
                      .satisfies(
                          text ->
                              assertThat(text)
                                  .contains(
                                      "Reason: black ice.",
                                      "Expected to reopen: Tue 2 Mar 2027, 18:30 UTC.")
                                  .doesNotContain("hielo", "mar 2 mar")));

      // WHEN it is cancelled, THEN the Spanish post's CANCELLED line says its time in Spanish
      String id = NoticeNumbers.in(posted);
      SentMessage cancel =
          answer(
              DISPATCHER,
              "/notice_cancel " + id,
              m -> labels(m).contains("Cancel the notice"),
              null,
              null);
      press(DISPATCHER, cancel, "Cancel the notice");
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(currentPostsAbout(ALERTS, "Ash St"))
                      .singleElement()
                      .asString()
                      .containsPattern(
                          "CANCELADO (lun|mar|mié|jue|vie|sáb|dom) \\d{1,2} \\p{L}{3,4}\\.?,"
                              + " \\d{2}:\\d{2} UTC")
                      .doesNotContain("CANCELLED"));
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(currentPostsAbout(TRAFFIC, "Ash St"))
                      .singleElement()
                      .asString()
                      .containsPattern(
                          "CANCELLED (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2},"
                              + " \\d{2}:\\d{2} UTC"));
    } finally {
      channels.save(alerts);
    }
  }

  @Test
  void theGuidedNoticeAsksNoLanguageQuestionAndThePreviewOffersEachTextAnswerInSpanish() {
    // GIVEN the guided road closure, whose template has Spanish wording
    int start = telegram.messagesTo(DISPATCHER).size();
    answer(DISPATCHER, "/notice road_closure", m -> m.plainText().contains("(1 of 4)"), null, null);
    List<String> answers = List.of("Elm St", "a fallen tree", "2027-03-02 18:30", "Birch Ave");
    // WHEN every blank is answered, THEN each answer is followed by the next question only
    for (int i = 0; i < answers.size() - 1; i++) {
      String next = "(" + (i + 2) + " of 4)";
      int before = telegram.messagesTo(DISPATCHER).size();
      answer(DISPATCHER, answers.get(i), m -> m.plainText().contains(next), null, null);
      assertThat(telegram.messagesTo(DISPATCHER).stream().skip(before))
          // (a delivery report of an earlier notice may arrive meanwhile)
          .filteredOn(m -> !m.plainText().startsWith("Delivery of"))
          .as("after " + answers.get(i))
          .singleElement()
          .satisfies(m -> assertThat(m.plainText()).contains(next));
    }
    SentMessage preview =
        answer(
            DISPATCHER,
            answers.get(3),
            m -> m.plainText().contains("Above is exactly") && labels(m).contains("Discard"),
            null,
            null);
    // nothing before the preview asked about a language
    assertThat(telegram.messagesTo(DISPATCHER).stream().skip(start))
        .filteredOn(m -> !java.util.Objects.equals(m.messageId(), preview.messageId()))
        .allSatisfy(
            m ->
                assertThat(labels(m))
                    .noneMatch(l -> l.contains("Español") || l.contains("every language")));
    // THEN the preview says which answers the Spanish post uses as typed, and offers them
    SentMessage control = preview;
    assertThat(control.plainText())
        .contains(
            "The Español post uses your answers to \u201cWhy? A few words (e.g. a crash, utility work)\u201d, \u201cDetour route (optional)\u201d as typed.");
    SentMessage list =
        pressAndAwait(
            DISPATCHER, control, "Write answers in Español", m -> labels(m).contains("Back"));
    assertThat(labels(list))
        .containsExactly(
            "Why? A few words (e.g. a crash, utility work)", "Detour route (optional)", "Back");
    // Back: the preview again, unchanged
    control =
        pressAndAwait(
            DISPATCHER, list, "Back", m -> labels(m).contains("Write answers in Español"));
    assertThat(control.plainText()).contains("\u201cDetour route (optional)\u201d as typed");

    // WHEN the detour is given in Spanish
    list =
        pressAndAwait(
            DISPATCHER, control, "Write answers in Español", m -> labels(m).contains("Back"));
    pressAndAwait(
        DISPATCHER,
        list,
        "Detour route (optional)",
        m -> m.plainText().contains("Detour route (optional), in Español"));
    // an answer the guardrails refuse changes nothing: the reason and the same question again
    int before = telegram.messagesTo(DISPATCHER).size();
    answer(
        DISPATCHER,
        "Avenida Birch, SSN 123-45-6789",
        m -> m.plainText().contains("Detour route (optional), in Español"),
        null,
        null);
    assertThat(telegram.messagesTo(DISPATCHER).stream().skip(before).map(SentMessage::plainText))
        .anyMatch(t -> t.contains("Cannot post"))
        .noneMatch(t -> t.contains("Above is exactly") || t.contains("6789"));
    before = telegram.messagesTo(DISPATCHER).size();
    control =
        answer(
            DISPATCHER,
            "Avenida Birch",
            m -> m.plainText().contains("Above is exactly") && labels(m).contains("Discard"),
            null,
            null);
    // THEN the preview shows it in the Spanish post, and the note names only the reason now
    assertThat(
            String.join(
                "\n",
                telegram.messagesTo(DISPATCHER).stream()
                    .skip(before)
                    .map(SentMessage::plainText)
                    .filter(t -> t.contains("Elm St"))
                    .toList()))
        .contains("Detour: Birch Ave.", "Desvío: Avenida Birch.")
        .doesNotContain("Desvío: Birch Ave");
    assertThat(control.plainText())
        .contains("\u201cWhy? A few words (e.g. a crash, utility work)\u201d as typed.")
        .doesNotContain("\u201cDetour route (optional)\u201d as typed");
    list =
        pressAndAwait(
            DISPATCHER, control, "Write answers in Español", m -> labels(m).contains("Back"));
    assertThat(labels(list))
        .containsExactly("Why? A few words (e.g. a crash, utility work)", "Back");
    answer(DISPATCHER, "/cancel", m -> true, null, null);
  }

  @Test
  void anEmergencyNoticeToASpanishChannelHasTheSpanishTitleAndTheTextGivenInSpanish() {
    long supervisor = 700000055;
    bot.getBean(ChatLinks.class)
        .relink(
            ChatLink.of(
                new ChatIdentity(ChatPlatform.TELEGRAM, Long.toString(supervisor)),
                "s-055",
                Instant.now(),
                ChatLink.Source.ENROLLMENT));
    Channels channels = bot.getBean(Channels.class);
    Channel alerts = channels.byId("tg-alerts").orElseThrow();
    channels.save(alerts.withLanguage("es"));
    try {
      SentMessage step =
          answer(
              supervisor, "/emergency", m -> labels(m).contains("Weather emergency"), null, null);
      step =
          pressAndAwait(supervisor, step, "Weather emergency", m -> labels(m).contains("Severe"));
      step = pressAndAwait(supervisor, step, "Severe", m -> labels(m).contains("Next"));
      step =
          pressAndAwait(
              supervisor,
              step,
              "Next",
              m -> labels(m).contains("Next") || m.plainText().contains("Type the notice"));
      if (!step.plainText().contains("Type the notice")) { // the areas, when there are zones
        step =
            pressAndAwait(supervisor, step, "Next", m -> m.plainText().contains("Type the notice"));
      }
      // the text is used in every language: no question about it, on to the reason
      answer(
          supervisor,
          "Flooding on River Rd. Use Hill St instead.",
          m -> m.plainText().contains("Why does no approved template fit?"),
          null,
          null);
      SentMessage first =
          answer(
              supervisor,
              "Flooding; no template fits",
              m -> labels(m).stream().anyMatch(l -> l.startsWith("Confirm")),
              null,
              null);
      assertThat(first.plainText()).contains("The Español post uses your text as typed.");
      pressAndAwait(
          supervisor,
          first,
          "Write answers in Español",
          m -> m.plainText().contains("Your text in Español"));
      int before = telegram.messagesTo(supervisor).size();
      telegram.userSends(supervisor, "Marcus", "Inundación en River Rd. Use Hill St.");
      SentMessage control =
          awaitNew(
              supervisor, before, m -> labels(m).stream().anyMatch(l -> l.startsWith("Confirm")));
      assertThat(control.plainText())
          .contains("Flooding; no template fits")
          .doesNotContain("Your text is used as typed");
      assertThat(labels(control)).doesNotContain("Write answers in Español");
      String preview =
          telegram.messagesTo(supervisor).stream()
              .skip(before)
              .map(SentMessage::plainText)
              .filter(t -> t.contains("River Rd"))
              .findFirst()
              .orElseThrow();
      assertThat(preview)
          .contains(
              "Weather emergency",
              "Flooding on River Rd.",
              "Emergencia meteorológica",
              "Inundación en River Rd.");
      press(
          supervisor,
          control,
          labels(control).stream().filter(l -> l.startsWith("Confirm")).findFirst().orElseThrow());

      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(postsAbout(ALERTS, "River Rd"))
                      .singleElement()
                      .satisfies(
                          text ->
                              assertThat(text)
                                  .contains("Emergencia meteorológica", "Inundación en River Rd.")
                                  .doesNotContain("Weather emergency", "Flooding on")));
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  assertThat(postsAbout(TRAFFIC, "River Rd"))
                      .singleElement()
                      .satisfies(
                          text ->
                              assertThat(text)
                                  .contains("Weather emergency", "Flooding on River Rd.")
                                  .doesNotContain("Inundación")));
    } finally {
      channels.save(alerts);
    }
  }

  /**
   * Sends {@code text} and waits for a message matching {@code first}; with {@code then}, sends
   * {@code reply} to it and returns the message matching {@code then}.
   */
  private static SentMessage answer(
      long chat,
      String text,
      java.util.function.Predicate<SentMessage> first,
      String reply,
      java.util.function.Predicate<SentMessage> then) {
    int before = telegram.messagesTo(chat).size();
    telegram.userSends(chat, "Staff", text);
    SentMessage got = awaitNew(chat, before, first);
    if (reply == null) {
      return got;
    }
    before = telegram.messagesTo(chat).size();
    telegram.userSends(chat, "Staff", reply);
    return awaitNew(chat, before, then);
  }

  private static SentMessage pressAndAwait(
      long chat,
      SentMessage message,
      String label,
      java.util.function.Predicate<SentMessage> wanted) {
    int before = telegram.messagesTo(chat).size();
    press(chat, message, label);
    return awaitNew(chat, before, wanted);
  }

  /** The latest message to {@code chat} after the first {@code before} that matches. */
  private static SentMessage awaitNew(
      long chat, int before, java.util.function.Predicate<SentMessage> wanted) {
    await()
        .atMost(WAIT)
        .until(() -> telegram.messagesTo(chat).stream().skip(before).anyMatch(wanted));
    return telegram.messagesTo(chat).stream()
        .skip(before)
        .filter(wanted)
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  /** The dispatcher's preview control message for {@code command}. */
  private static SentMessage previewOf(String command) {
    int before = telegram.messagesTo(DISPATCHER).size();
    telegram.userSends(DISPATCHER, "Kelly", command);
    await()
        .atMost(WAIT)
        .until(
            () ->
                telegram.messagesTo(DISPATCHER).stream()
                    .skip(before)
                    .anyMatch(
                        m ->
                            m.plainText().contains("Above is exactly what will be posted")
                                && labels(m).contains("Discard")));
    return telegram.messagesTo(DISPATCHER).stream()
        .skip(before)
        .filter(m -> labels(m).contains("Discard"))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private static String confirmLabel(SentMessage control) {
    return labels(control).stream()
        .filter(l -> l.startsWith("Confirm"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Confirm in " + labels(control)));
  }

  /** The posts in {@code chat} that mention {@code words}, as they read now (edits included). */
  private static List<String> currentPostsAbout(long chat, String words) {
    return telegram.messagesTo(chat).stream()
        .map(SentMessage::currentText)
        .filter(t -> t.contains(words))
        .toList();
  }

  /** The texts posted to {@code chat} that mention {@code words}. */
  private static List<String> postsAbout(long chat, String words) {
    return telegram.messagesTo(chat).stream()
        .map(SentMessage::plainText)
        .filter(t -> t.contains(words))
        .toList();
  }

  private static Subscriber subscriber(long chat) {
    var stored =
        bot.getBean(Subscribers.class)
            .byId(Subscriber.idOf(ChatPlatform.TELEGRAM, Long.toString(chat)));
    assertThat(stored).as("subscriber " + chat).isPresent();
    return stored.get();
  }

  private static SentMessage latest(long chat) {
    List<SentMessage> all = telegram.messagesTo(chat);
    assertThat(all).as("messages to " + chat).isNotEmpty();
    return all.get(all.size() - 1);
  }

  private static List<String> labels(SentMessage message) {
    return message.buttons().stream().flatMap(List::stream).map(InlineButton::text).toList();
  }

  private static void press(long chat, SentMessage message, String label) {
    InlineButton button =
        message.buttons().stream()
            .flatMap(List::stream)
            .filter(b -> b.text().equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no button " + label + " in " + labels(message)));
    long update = telegram.pressButton(chat, chat, message.messageId(), button.callbackData());
    assertThat(telegram.awaitCallbackAnswered(telegram.callbackQueryId(update), WAIT)).isTrue();
  }
}
