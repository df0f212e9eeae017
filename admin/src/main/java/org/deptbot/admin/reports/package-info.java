/**
 * Cases in the console: the queue with filters, one case with its history, the handler's actions
 * and the evidence files. Only those with a need to know see a case, and every view is audited.
 */
package org.deptbot.admin.reports;
