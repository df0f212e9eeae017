package org.deptbot.bot.scenarios;

/** The conversation scenarios in Discord direct messages: the real JDA client against the fake. */
class DiscordScenariosIT extends ConversationScenarios {

  @Override
  ChatDriver driver(RunningBots.Running running) {
    return new DiscordDriver(running.discord());
  }
}
