/**
 * Public tips in answer to a tip solicitation: a {@link org.deptbot.core.tips.Tip} is one document
 * whose every change is a state-checked write, the chat that reaches the tipster is always sealed,
 * and {@link org.deptbot.core.tips.DangerReader} reads whether a tip describes danger happening now
 * (911) or self-harm (988), as a {@link org.deptbot.core.tips.Danger}.
 */
package org.deptbot.core.tips;
