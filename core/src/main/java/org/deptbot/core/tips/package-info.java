/**
 * Public tips in answer to a tip solicitation: a {@link org.deptbot.core.tips.Tip} is one document
 * whose every change is a state-checked write, the chat that reaches the tipster is always sealed,
 * and {@link org.deptbot.core.tips.EmergencyWords} spots text that should have been a 911 call.
 */
package org.deptbot.core.tips;
