/**
 * What every console page and API call shares: the one check of who may do what (from the core's
 * {@code Authorization}), the signed-in member as an {@code Actor}, error pages and problem
 * details, and the page layout.
 */
package org.deptbot.admin.console;
