package org.deptbot.core.department;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;

/** The department's identity in MongoDB (collection {@code department}, one document). */
public class Departments {

  private final MongoOperations mongo;

  public Departments(MongoOperations mongo) {
    this.mongo = mongo;
  }

  /** The department, once a seed file or an admin has set it up. */
  public Optional<Department> current() {
    return Optional.ofNullable(mongo.findById(Department.SINGLETON_ID, Department.class));
  }

  public Department save(Department department) {
    return mongo.save(department);
  }
}
