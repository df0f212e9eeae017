package org.deptbot.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.deptbot.bot.scenarios.ChatDriver.Person;
import org.deptbot.bot.scenarios.ChatDriver.Reply;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.SentMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tip with a photo reaches the desk on Telegram as a picture whose caption is the card: when the
 * desk acknowledges it, the caption is redrawn in place (Telegram has no text to edit on a picture,
 * so editMessageText would be refused).
 */
@ExtendWith(RunningBots.class)
class TelegramTipCardsIT {

  private final FakeTelegram telegram = RunningBots.running().telegram();
  private final ChatDriver chat = new TelegramDriver(telegram);

  @AfterEach
  void nothingWasAskedThatTelegramWouldRefuse() {
    assertThat(chat.refusedCalls()).isEmpty();
  }

  @Test
  void aTipCardWithAPhotoHasItsCaptionRedrawnInPlace() throws Exception {
    Person tipster = chat.newMemberOfThePublic();
    Person desk = chat.dispatcher();
    chat.say(desk, "/start");
    chat.awaitReply(desk, r -> r.text().contains("Hello"));

    chat.say(tipster, "/tip");
    chat.awaitReply(tipster, r -> r.text().contains("What do you know?"));
    chat.say(tipster, "The man in the photo was selling stolen phones at the bus station.");
    chat.awaitReply(tipster, r -> r.hasButton("Skip"));
    telegram.userSendsPhoto(Long.parseLong(tipster.id()), tipster.name(), null, photo());
    chat.press(
        tipster, chat.awaitReply(tipster, r -> r.hasButton("Stay anonymous")), "Stay anonymous");
    chat.press(tipster, chat.awaitReply(tipster, r -> r.hasButton("Send the tip")), "Send the tip");
    Reply receipt = chat.awaitReply(tipster, r -> r.text().contains("Your anonymous tip is T-"));
    String id = receipt.text().replaceAll("(?s).*(T-\\d{4}-\\d{6}).*", "$1");

    Reply card = chat.awaitReply(desk, r -> r.text().contains("Tip " + id));
    assertThat(message(desk, card).isPhoto()).as("the card is the photo's caption").isTrue();
    assertThat(chat.press(desk, card, "Acknowledge")).isTrue();

    Reply redrawn =
        chat.awaitEdited(desk, card, r -> r.text().contains("Tip " + id + " · acknowledged"));
    assertThat(redrawn.buttons()).containsExactly("Ask tipster", "Close");
    assertThat(redrawn.text()).contains("A photo came with it");
    assertThat(message(desk, card).editHistory())
        .as("edited once, by the acknowledgement")
        .hasSize(1);
  }

  private SentMessage message(Person who, Reply reply) {
    return telegram.messagesTo(Long.parseLong(who.id())).stream()
        .filter(m -> Integer.toString(m.messageId()).equals(reply.id()))
        .findFirst()
        .orElseThrow();
  }

  private static byte[] photo() throws Exception {
    var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    image.setRGB(10, 10, 0x336699);
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }
}
