package org.deptbot.bot.training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Says, once at startup, why a wanted training chat did not start: the bot listens beyond this
 * machine. The rest of the bot starts as usual.
 */
@Configuration(proxyBeanMethods = false)
class TrainingChatRefusal implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(TrainingChatRefusal.class);

  private final Environment env;

  TrainingChatRefusal(Environment env) {
    this.env = env;
  }

  @Override
  public void afterPropertiesSet() {
    if (TrainingChatSwitch.wanted(env) && !TrainingChatSwitch.addressAllowed(env)) {
      String address = TrainingChatSwitch.address(env);
      log.warn(
          "Training chat not started: DEPTBOT_BOT_HTTP_ADDRESS is {}, not a loopback address, and the"
              + " training personas (internal affairs, ADMIN) act as real staff with no sign-in."
              + " Keep DEPTBOT_BOT_HTTP_ADDRESS=127.0.0.1, or set DEPTBOT_TRAINING_ALLOW_NON_LOOPBACK=true to start"
              + " it anyway. The rest of the bot starts.",
          address.isEmpty() ? "unset (every interface)" : address);
    }
  }
}
