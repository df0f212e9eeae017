package org.deptbot.core.reports;

/** The provisions of the model policy a posting may appear to violate (section V.A). */
public enum PolicyClause {
  /** Information gained through employment (V.A.3, V.A.7). */
  DISCLOSURE("V.A.3 / V.A.7"),
  /** Department logos, uniforms or identifying items (V.A.4.a). */
  DEPARTMENT_IDENTIFIERS("V.A.4.a"),
  /** Identifying an officer in undercover work (V.A.4.b). */
  UNDERCOVER_OFFICER("V.A.4.b"),
  /** Obscene, sexually explicit or biased speech (V.A.5.a). */
  OBSCENE_OR_BIASED("V.A.5.a"),
  /** Reckless or irresponsible behavior (V.A.5.b). */
  RECKLESS_BEHAVIOR("V.A.5.b"),
  /** Unauthorized statements on behalf of the department (V.A.7). */
  UNAUTHORIZED_STATEMENT("V.A.7"),
  /** Defamation, private facts or likeness (V.A.8). */
  DEFAMATION_OR_PRIVACY("V.A.8"),
  /** Something else the reporter believes breaks the policy. */
  OTHER("V.A");

  private final String provision;

  PolicyClause(String provision) {
    this.provision = provision;
  }

  /** The section of the model policy, such as {@code V.A.4.b}. */
  public String provision() {
    return provision;
  }
}
