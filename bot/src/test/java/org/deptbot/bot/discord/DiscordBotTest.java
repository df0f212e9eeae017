package org.deptbot.bot.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.ExecutorService;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.Test;

/** The bot's shutdown order: the queued updates are finished while JDA can still reply to them. */
class DiscordBotTest {

  @Test
  void queuedUpdatesAreFinishedBeforeJdaIsShutDown() throws Exception {
    JDA jda = mock(JDA.class);
    when(jda.awaitShutdown(anyLong(), any())).thenReturn(true);
    var client = new DiscordClient();
    client.connectedAs(jda);
    ExecutorService handling = mock(ExecutorService.class);
    when(handling.awaitTermination(anyLong(), any())).thenReturn(true);
    var properties =
        new DiscordProperties(
            "token", "", "http://127.0.0.1/", "ws://127.0.0.1/", false, List.of());
    var bot = new DiscordBot(properties, client, null, null, null, null, handling, null);

    bot.stop();

    var order = inOrder(handling, jda);
    order.verify(handling).shutdown();
    order.verify(handling).awaitTermination(anyLong(), any());
    order.verify(jda).shutdown();
  }
}
