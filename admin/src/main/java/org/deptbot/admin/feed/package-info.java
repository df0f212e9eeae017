/**
 * The public feed alert aggregators follow: an Atom feed of the department's active live notices,
 * each linking to its CAP 1.2 document. It needs no login and shows only what was posted publicly.
 */
package org.deptbot.admin.feed;
