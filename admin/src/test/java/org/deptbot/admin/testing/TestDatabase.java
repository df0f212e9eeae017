package org.deptbot.admin.testing;

import org.deptbot.core.testing.TestMongo;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the console at the shared in-memory server, on one database for the whole test run. */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String NAME = TestMongo.newDatabaseName();

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
            "spring.data.mongodb.uri=" + TestMongo.connectionString(),
            "spring.data.mongodb.database=" + NAME)
        .applyTo(context);
  }
}
