/** The first page after signing in: what needs the member now, given their roles. */
package org.deptbot.admin.dashboard;
