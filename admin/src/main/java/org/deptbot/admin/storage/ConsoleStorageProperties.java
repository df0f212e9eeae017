package org.deptbot.admin.storage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the console reaches MongoDB ({@code deptbot.storage.*}). Which database it uses ({@code
 * deptbot.storage.mongodb-uri}, else the bot's embedded one on {@code
 * deptbot.storage.embedded-port}) is set in {@code application.yml} through Spring's own {@code
 * spring.data.mongodb.uri}.
 *
 * @param serverSelectionTimeout how long a call waits for MongoDB before failing (the driver's own
 *     default is 30 s), so a console whose database is down says so quickly
 */
@ConfigurationProperties("deptbot.storage")
record ConsoleStorageProperties(@DefaultValue("5s") Duration serverSelectionTimeout) {}
