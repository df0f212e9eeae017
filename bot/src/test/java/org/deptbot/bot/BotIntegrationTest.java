package org.deptbot.bot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The bot as the README's first command runs it (embedded MongoDB, example seed, training chat), on
 * random ports and a fresh data folder. Every test class with this annotation shares one Spring
 * context; flood protection is widened because tests type faster than people.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(
    classes = BotApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "deptbot.storage.mongodb-uri=",
      "deptbot.storage.data-dir=target/it-data/${random.uuid}",
      "deptbot.storage.embedded-port=0",
      "deptbot.seed-file=../examples/seed.yml",
      "deptbot.telegram.token=",
      "deptbot.training.enabled=on",
      "deptbot.chat.flood.burst=10000"
    })
public @interface BotIntegrationTest {}
