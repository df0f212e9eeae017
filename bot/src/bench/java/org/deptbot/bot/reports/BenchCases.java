package org.deptbot.bot.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.Outcome;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Route;
import org.deptbot.core.reports.SocialPlatform;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * A year of cases for the {@code /queue} part of {@link ReportsBench}, stored in bulk inserts of
 * 1,000 {@link Report}s (the {@code reports} collection's mapping, as {@code Reports} stores them).
 * One in 25 is the chosen supervisor's, and one in 100 is one of their open cases: 1,000 open cases
 * of 100,000. The rest go to 37 other handlers, a fifth of them open. Ids are last year's, so the
 * bot's own case numbers do not meet them; nothing is owed to anyone.
 */
final class BenchCases {

  private static final int BATCH = 1000;
  private static final CaseStatus[] OPEN = {
    CaseStatus.NEW, CaseStatus.ACKNOWLEDGED, CaseStatus.INFO_REQUESTED, CaseStatus.ESCALATED
  };

  private final MongoOperations mongo;
  private final String supervisor;

  BenchCases(MongoOperations mongo, String supervisor) {
    this.mongo = mongo;
    this.supervisor = supervisor;
  }

  /** Stores {@code count} cases; returns how many are the supervisor's open ones. */
  long insert(int count, Instant now) {
    int year = now.atOffset(ZoneOffset.UTC).getYear() - 1;
    Duration spread = Duration.ofDays(365).dividedBy(Math.max(1, count));
    long open = 0;
    List<Report> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < count; i++) {
      boolean mine = i % 100 < 4;
      boolean isOpen = mine ? i % 100 == 0 : i % 5 == 1;
      String handler = mine ? supervisor : "bench-h-" + (i % 37);
      Instant at = now.minus(Duration.ofDays(366)).plus(spread.multipliedBy(i));
      batch.add(report("R-%d-%06d".formatted(year, i + 1), i, handler, isOpen, at));
      open += mine && isOpen ? 1 : 0;
      if (batch.size() == BATCH) {
        mongo.insert(batch, Report.class);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      mongo.insert(batch, Report.class);
    }
    return open;
  }

  private static Report report(String id, int i, String handler, boolean open, Instant at) {
    CaseStatus status =
        open ? OPEN[i % OPEN.length] : i % 3 == 0 ? CaseStatus.DISMISSED : CaseStatus.RESOLVED;
    List<CaseEvent> events = new ArrayList<>();
    events.add(new CaseEvent(at, CaseEvent.Kind.SUBMITTED, "reporter", handler, "", false));
    if (status != CaseStatus.NEW) {
      events.add(
          new CaseEvent(
              at.plus(Duration.ofHours(2)),
              CaseEvent.Kind.ACKNOWLEDGED,
              handler,
              handler,
              "",
              true));
    }
    if (!open) {
      events.add(
          new CaseEvent(
              at.plus(Duration.ofDays(3)),
              status == CaseStatus.DISMISSED ? CaseEvent.Kind.DISMISSED : CaseEvent.Kind.RESOLVED,
              handler,
              handler,
              "Spoke with the officer; the post is down.",
              true));
    }
    boolean anonymous = i % 4 == 3;
    return new Report(
        id,
        "bench-case-" + i,
        anonymous ? Confidentiality.ANONYMOUS : Confidentiality.CONFIDENTIAL,
        anonymous ? null : "s-0" + (31 + i % 2),
        "bench-tag-" + (i % 500),
        anonymous ? "sealed:bench" : "TELEGRAM:7000000" + (31 + i % 2),
        List.of("https://social.example/p/" + i),
        SocialPlatform.values()[i % SocialPlatform.values().length],
        PolicyClause.values()[i % PolicyClause.values().length],
        null,
        "@account_" + (i % 997),
        "A photo in uniform with the badge number readable, posted last night.",
        new Route(handler, Route.Reason.REPORTER_SUPERVISOR, List.of(handler)),
        status,
        open ? null : status == CaseStatus.RESOLVED ? Outcome.TAKEDOWN_REQUESTED : null,
        events,
        events.size(),
        false,
        false,
        at);
  }
}
