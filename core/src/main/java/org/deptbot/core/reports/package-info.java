/**
 * Violation reports (IACP Model Policy V.A.11): an employee tells a supervisor about a posting that
 * breaks the social media policy. A report is routed along the chain of command and past anyone it
 * concerns, kept as one case document whose every change is a state-checked write, and an anonymous
 * reporter's identity is sealed so no handler can read it.
 */
package org.deptbot.core.reports;
