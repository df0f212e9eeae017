package org.deptbot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.deptbot.bot.discord.fake.FakeDiscord;
import org.deptbot.bot.discord.fake.FakeInteraction;
import org.deptbot.bot.discord.fake.FakeMessage;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscriber;
import org.deptbot.core.subscribers.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The example department speaks English and Spanish: a Discord user whose client is set to Spanish
 * (an interaction's {@code locale} "es-ES" or "es-419", which JDA reads) is answered in Spanish and
 * has Spanish preselected at /subscribe; one in English is answered in English.
 */
@ExtendWith(RunningDiscordBot.class)
class DiscordLanguagesIT {

  private static final Duration WAIT = RunningDiscordBot.WAIT;
  private static FakeDiscord discord;
  private static ConfigurableApplicationContext bot;

  @BeforeAll
  static void connect() {
    discord = RunningDiscordBot.discord();
    bot = RunningDiscordBot.bot();
  }

  @AfterEach
  void nothingWasAskedThatDiscordWouldNotServe() {
    assertThat(discord.unservedCalls()).isEmpty();
  }

  @Test
  void aUserWhoseDiscordIsInSpainsSpanishGetsSpanishReplies() {
    discord.userSpeaks(900301, "es-ES");
    FakeInteraction help = discord.slashCommand(900301, "Lucía", discord.general(), "help");

    FakeMessage reply = discord.awaitOriginal(help, m -> m.edits() > 0, WAIT);
    assertThat(reply.plainText()).contains("Lo que puede hacer aquí").doesNotContain("What you");

    FakeInteraction english = discord.slashCommand(900302, "Sam", discord.general(), "help");
    assertThat(discord.awaitOriginal(english, m -> m.edits() > 0, WAIT).plainText())
        .contains("What you can do here");
  }

  @Test
  void thePointerToTheDirectMessageIsInTheUsersLanguage() {
    discord.userSpeaks(900304, "es-ES");
    FakeInteraction spanish = discord.slashCommand(900304, "Marta", discord.general(), "subscribe");
    assertThat(discord.awaitOriginal(spanish, m -> m.edits() > 0, WAIT).plainText())
        .isEqualTo("Le envié un mensaje directo.");

    FakeInteraction english = discord.slashCommand(900305, "Tom", discord.general(), "subscribe");
    assertThat(discord.awaitOriginal(english, m -> m.edits() > 0, WAIT).plainText())
        .isEqualTo("I’ve sent you a direct message.");
  }

  @Test
  void aLatinAmericanSpanishUserHasSpanishPreselectedAtSubscribeAndKeepsIt() {
    discord.userSpeaks(900303, "es-419");
    discord.slashCommand(900303, "Ana", discord.general(), "subscribe");

    FakeMessage menu =
        discord.awaitBotMessages(discord.dmChannelOf(900303), 1, WAIT).stream()
            .filter(m -> m.plainText().contains("¿Qué avisos desea recibir aquí?"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Spanish subscribe menu in the DM"));
    assertThat(menu.plainText()).contains("Los avisos y mis respuestas le llegan en: Español");
    List<String> labels = menu.buttonLabels().stream().flatMap(List::stream).toList();
    assertThat(labels).contains("[ ] Cierre de calles", "English");

    // ticking a category in the DM (a button press: an interaction with the same locale) saves it
    int row = -1;
    int column = -1;
    for (int r = 0; r < menu.buttonLabels().size() && row < 0; r++) {
      column = menu.buttonLabels().get(r).indexOf("[ ] Cierre de calles");
      row = column >= 0 ? r : -1;
    }
    discord.pressButton(900303, "Ana", menu, menu.buttonIds().get(row).get(column));
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(
                        bot.getBean(Subscribers.class)
                            .byId(Subscriber.idOf(ChatPlatform.DISCORD, "900303")))
                    .hasValueSatisfying(s -> assertThat(s.language()).isEqualTo("es")));
  }
}
