package org.deptbot.bot.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.deptbot.bot.BotApplication;
import org.deptbot.bot.TestSealKey;
import org.deptbot.bot.discord.fake.FakeDiscord;
import org.deptbot.bot.discord.fake.FakeMessage;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.SentMessage;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.Route;
import org.deptbot.core.reports.SocialPlatform;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.Tips;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Case cards and tip cards to staff through the real Telegram and Discord clients against the
 * fakes, when a platform refuses a chat for good (Telegram 403: the person blocked the bot; Discord
 * 50007: their DMs are closed) or cannot be reached now (502). A refusal is not a delivery: the
 * card goes to the member's other chats, a handler no chat reaches hands the case to the next
 * handler at once, and a tip counts as sent to the desk only once someone on it has the card. Its
 * own bot, since the test blocks and unlinks chats of seeded staff the shared scenario bot uses.
 */
class StaffNotificationsIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static FakeTelegram telegram;
  private static FakeDiscord discord;
  private static ConfigurableApplicationContext bot;

  @BeforeAll
  static void start() {
    telegram = FakeTelegram.start("123456:TEST-token", "riverton_pd_bot");
    discord = FakeDiscord.start("fake-discord-token", "riverton_pd");
    discord.addChannel(500000000000000001L, "announcements", true);
    discord.addChannel(500000000000000002L, "community-safety", false);
    Path dataDir =
        Path.of("target", "it-data", "staffnotify-" + UUID.randomUUID()).toAbsolutePath();
    bot =
        new SpringApplication(BotApplication.class)
            .run(
                "--deptbot.storage.data-dir=" + dataDir,
                "--deptbot.storage.embedded-port=0",
                "--deptbot.storage.mongodb-uri=",
                "--deptbot.seed-file=" + Path.of("..", "examples", "seed.yml").toAbsolutePath(),
                "--deptbot.telegram.token=" + telegram.token(),
                "--deptbot.telegram.api-url=http://127.0.0.1:" + telegram.port(),
                "--deptbot.discord.token=fake-discord-token",
                "--deptbot.reports.seal-key=" + TestSealKey.BASE64,
                "--deptbot.discord.guild-id=" + discord.guildId(),
                "--deptbot.discord.api-url=" + discord.apiUrl(),
                "--deptbot.discord.gateway-url=" + discord.gatewayUrl(),
                "--deptbot.discord.gateway-compression=false",
                "--deptbot.training.enabled=off",
                "--server.port=0");
    discord.awaitCommands(WAIT);
  }

  @AfterAll
  static void stop() {
    bot.close();
    discord.close();
    telegram.close();
  }

  @Test
  void aSergeantWhoseDiscordDmsAreClosedButWhoLinkedTelegramGetsTheCardThere() {
    // GIVEN Sgt. Natarajan (s-040) closed her Discord DMs and also linked Telegram
    long discordUser = 400000000000000040L;
    discord.closeDms(discordUser);
    telegram.addPrivateChats(700000040L, 1);
    link("s-040", ChatPlatform.TELEGRAM, "700000040");

    // WHEN a case is routed to her
    Report r = submit("s-040");

    // THEN the card reaches her on Telegram, the case stays hers and owes her nothing more
    await().atMost(WAIT).until(() -> !cardsIn(700000040L, r.id()).isEmpty());
    await().atMost(WAIT).until(() -> !reports().byId(r.id()).orElseThrow().handlerToNotify());
    Report after = reports().byId(r.id()).orElseThrow();
    assertThat(after.handlerId()).isEqualTo("s-040");
    assertThat(after.route().reason()).isEqualTo(Route.Reason.REPORTER_SUPERVISOR);
    assertThat(cardsIn(700000040L, r.id())).hasSize(1);
    assertThat(discord.botMessagesIn(discord.dmChannelOf(discordUser))).isEmpty();
  }

  @Test
  void aHandlerNoLinkedChatReachesHandsTheCaseToTheNextHandlerAtOnceAndSaysWhy() {
    // GIVEN Sgt. Reyes (s-030) blocked the bot on Telegram, and closed his DMs on Discord
    telegram.userBlocksBot(700000030L);
    long discordUser = 400000000000000030L;
    discord.closeDms(discordUser);
    link("s-030", ChatPlatform.DISCORD, Long.toString(discordUser));
    // and the deputy chief above him (s-010) is on Telegram
    telegram.addPrivateChats(700000010L, 1);
    link("s-010", ChatPlatform.TELEGRAM, "700000010");

    // WHEN a case is routed to him
    Report r = submit("s-030");

    // THEN it goes to the deputy chief at once (not after the 24-hour escalation), who gets the
    // card; the case says why
    await().atMost(WAIT).until(() -> !cardsIn(700000010L, r.id()).isEmpty());
    Report after = reports().byId(r.id()).orElseThrow();
    assertThat(after.handlerId()).isEqualTo("s-010");
    assertThat(after.status()).isEqualTo(CaseStatus.ESCALATED);
    assertThat(after.route().reason().name()).isEqualTo("HANDLER_UNREACHABLE");
    assertThat(after.route().arguments()).containsExactly("s-030", "s-010");
    assertThat(telegram.messagesTo(700000030L)).isEmpty();
    assertThat(discord.botMessagesIn(discord.dmChannelOf(discordUser))).isEmpty();

    // AND the audit log has the move, by the system, with a plain reason
    List<AuditEntry> moves =
        bot.getBean(AuditLog.class).about("case:" + r.id()).stream()
            .filter(e -> e.action().equals("case.escalated"))
            .toList();
    assertThat(moves).hasSize(1);
    assertThat(moves.get(0).actor()).isEqualTo("system");
    assertThat(moves.get(0).details())
        .containsEntry("before", "s-030")
        .containsEntry("handler", "s-010")
        .containsEntry("reason", "could not be reached in chat");
  }

  @Test
  void aChatThatHasTheCardIsNotSentItAgainWhileAnotherChatIsTriedAgain() {
    // GIVEN Lt. Kim (s-020) linked Discord and Telegram, and Telegram fails once (502)
    long discordUser = 400000000000000020L;
    discord.addMember(discordUser, "Grace");
    link("s-020", ChatPlatform.DISCORD, Long.toString(discordUser));
    telegram.addPrivateChats(700000020L, 1);
    link("s-020", ChatPlatform.TELEGRAM, "700000020");
    telegram.failNextWith("sendMessage", 1, 502, "Bad Gateway");

    // WHEN a case is routed to her
    Report r = submit("s-020");

    // THEN Telegram gets the card on a later round, and Discord has it once, not once a round
    await().atMost(WAIT).until(() -> !cardsIn(700000020L, r.id()).isEmpty());
    await().atMost(WAIT).until(() -> !reports().byId(r.id()).orElseThrow().handlerToNotify());
    List<FakeMessage> onDiscord =
        discord.botMessagesIn(discord.dmChannelOf(discordUser)).stream()
            .filter(m -> m.plainText().contains(r.id()))
            .toList();
    assertThat(onDiscord).hasSize(1);
    assertThat(cardsIn(700000020L, r.id())).hasSize(1);
    assertThat(reports().byId(r.id()).orElseThrow().handlerId()).isEqualTo("s-020");
  }

  @Test
  void aDeskMemberWhoRefusesTheCardDoesNotCountAsNotifiedAndTheOthersStillGetIt() {
    // GIVEN a second dispatcher on the desk whose Discord DMs are closed, and Telegram failing
    // once (502) for the first, Kelly Brennan (s-050)
    StaffMembers staff = bot.getBean(StaffMembers.class);
    staff.save(
        new StaffMember("s-051", "Sam Lee (Dispatch)", Set.of(Role.DISPATCHER), "s-010", true));
    long discordUser = 400000000000000051L;
    discord.closeDms(discordUser);
    link("s-051", ChatPlatform.DISCORD, Long.toString(discordUser));
    telegram.addPrivateChats(700000050L, 1);
    telegram.failNextWith("sendMessage", 1, 502, "Bad Gateway");

    // WHEN a tip comes in
    Tips tips = bot.getBean(Tips.class);
    ReporterSeal seal = bot.getBean(ReporterSeal.class);
    Tip tip =
        tips.submit(
            Tip.submitted(
                tips.nextNumber(),
                "intake-" + UUID.randomUUID(),
                null,
                "A white van has been parked by the school gate for three days.",
                null,
                ReceiptKeys.hash(ReceiptKeys.newKey()),
                seal.seal("TELEGRAM:700000099:700000099"),
                null,
                clock().instant()));

    // THEN the refusal on Discord did not count: the tip stays owed until Kelly has the card
    await().atMost(WAIT).until(() -> !cardsIn(700000050L, tip.id()).isEmpty());
    await().atMost(WAIT).until(() -> !tips.byId(tip.id()).orElseThrow().deskToNotify());
    assertThat(cardsIn(700000050L, tip.id())).hasSize(1);
    assertThat(discord.botMessagesIn(discord.dmChannelOf(discordUser))).isEmpty();
  }

  private static Reports reports() {
    return bot.getBean(Reports.class);
  }

  private static Clock clock() {
    return bot.getBean(Clock.class);
  }

  private static void link(String staffId, ChatPlatform platform, String userId) {
    bot.getBean(ChatLinks.class)
        .relink(
            ChatLink.of(
                new ChatIdentity(platform, userId),
                staffId,
                Instant.now(),
                ChatLink.Source.ENROLLMENT));
  }

  private static List<SentMessage> cardsIn(long chatId, String caseOrTip) {
    return telegram.messagesTo(chatId).stream()
        .filter(m -> m.plainText().contains(caseOrTip))
        .toList();
  }

  /** A confidential case owing its handler the card, as the report flow stores it. */
  private static Report submit(String handlerId) {
    Reports reports = reports();
    Instant now = clock().instant();
    Route route = new Route(handlerId, Route.Reason.REPORTER_SUPERVISOR, List.of(handlerId));
    return reports.submit(
        new Report(
            reports.nextNumber(),
            "intake-" + UUID.randomUUID(),
            Confidentiality.CONFIDENTIAL,
            "s-031",
            null,
            "TELEGRAM:700000031",
            List.of("https://social.example/p/" + UUID.randomUUID()),
            SocialPlatform.FACEBOOK,
            PolicyClause.DEPARTMENT_IDENTIFIERS,
            null,
            "@someone",
            "A photo in uniform with a badge number readable.",
            route,
            CaseStatus.NEW,
            null,
            List.of(new CaseEvent(now, CaseEvent.Kind.SUBMITTED, "reporter", handlerId, "", false)),
            1,
            true,
            false,
            now));
  }
}
