package org.deptbot.core.reports;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Cases by status, clause, handler and age, oldest first, for the console's queue. Need-to-know is
 * not decided here: the caller keeps only what {@link CaseAccess} lets the asker see.
 */
public class CaseSearch {

  /** At most this many cases are read per search; the console pages through what it keeps. */
  public static final int LIMIT = 2_000;

  private final MongoOperations mongo;

  public CaseSearch(MongoOperations mongo) {
    this.mongo = mongo;
  }

  /**
   * @param statuses the statuses wanted; empty means every status
   * @param clause the policy clause, or null for any
   * @param handlerIds cases currently handled by one of these; empty means anyone
   * @param submittedBefore only cases submitted before this, or null for any age
   */
  public record Filter(
      Set<CaseStatus> statuses,
      PolicyClause clause,
      Set<String> handlerIds,
      Instant submittedBefore) {

    public Filter {
      statuses = Set.copyOf(statuses);
      handlerIds = Set.copyOf(handlerIds);
    }
  }

  public List<Report> find(Filter filter) {
    Criteria criteria = new Criteria();
    if (!filter.statuses().isEmpty()) {
      criteria = criteria.and("status").in(filter.statuses());
    }
    if (filter.clause() != null) {
      criteria = criteria.and("clause").is(filter.clause());
    }
    if (!filter.handlerIds().isEmpty()) {
      criteria = criteria.and("route.handlerId").in(filter.handlerIds());
    }
    if (filter.submittedBefore() != null) {
      criteria = criteria.and("submittedAt").lt(filter.submittedBefore());
    }
    return mongo.find(
        Query.query(criteria).with(Sort.by("submittedAt", "_id")).limit(LIMIT), Report.class);
  }

  /** Open statuses: everything not resolved or dismissed. */
  public static Set<CaseStatus> open() {
    return java.util.Arrays.stream(CaseStatus.values())
        .filter(CaseStatus::open)
        .collect(java.util.stream.Collectors.toSet());
  }
}
