/** Recording what people do in chat in the audit log, and anchoring the chain head in the logs. */
package org.deptbot.bot.audit;
