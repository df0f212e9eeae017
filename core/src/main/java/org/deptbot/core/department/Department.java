package org.deptbot.core.department;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who the bot speaks for. Every public post carries the name, the contact line and the disclaimer
 * (IACP Model Policy IV.A.2.b; "Need to Know", 2019).
 *
 * @param id always {@link #SINGLETON_ID}: one department per deployment
 * @param name the department's name
 * @param contact the contact line shown on posts
 * @param website the department's website, or null
 * @param disclaimer the monitoring disclaimer shown on posts
 */
@Document("department")
public record Department(
    @Id String id, String name, String contact, String website, String disclaimer) {

  public static final String SINGLETON_ID = "department";

  public static Department of(String name, String contact, String website, String disclaimer) {
    return new Department(SINGLETON_ID, name, contact, website, disclaimer);
  }
}
