/**
 * Templates in the console and the REST API: the list, drafting and editing with a preview per
 * platform, submitting, approving or rejecting (never one's own), version history and retiring.
 * Every rule is the core's ({@code Template}, {@code TemplateApprovals}); this package words it.
 */
package org.deptbot.admin.templates;
