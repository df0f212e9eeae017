/**
 * The audit log from the console's side: for now the {@code --verify-audit} command-line option,
 * which checks the hash chain and exits without starting the web server. The audit page and REST
 * endpoint come with the console's login.
 */
package org.deptbot.admin.audit;
