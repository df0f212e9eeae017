package org.deptbot.bot.scenarios;

/** The conversation scenarios on Telegram: the real telegrambots client against the fake. */
class TelegramScenariosIT extends ConversationScenarios {

  @Override
  ChatDriver driver(RunningBots.Running running) {
    return new TelegramDriver(running.telegram());
  }
}
