/**
 * Renders one revision of a public notice as an OASIS Common Alerting Protocol 1.2 document, the
 * XML form that alert aggregators, emergency-alert gateways and news desks already read. Callers
 * describe the revision with {@link org.deptbot.core.notices.cap.CapAlert} and its parts, whose
 * constructors reject what CAP forbids, and {@link org.deptbot.core.notices.cap.CapDocument#render}
 * writes the elements in schema order with the JDK's StAX writer. Only the subset of CAP a police
 * department's public notices need is produced; everything else is left out rather than guessed.
 */
package org.deptbot.core.notices.cap;
