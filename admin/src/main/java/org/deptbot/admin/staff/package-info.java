/**
 * The staff pages and their REST API: the directory, one member's roles, place in the chain of
 * command, linked chat accounts, enrollment codes and console sign-in, and roster import from the
 * seed file format or CSV (previewed, then confirmed). Every rule and record is the core's; this
 * package only asks, shows and records who did what in the audit trail.
 */
package org.deptbot.admin.staff;
