/**
 * Signing in to the console: staff accounts with bcrypt passwords, lockout after failed attempts,
 * the first administrator, personal API tokens, optional single sign-on, and the security rules
 * every request passes through.
 */
package org.deptbot.admin.login;
