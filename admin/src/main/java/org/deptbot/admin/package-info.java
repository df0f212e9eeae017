/** The admin console runnable: start-up, and one package per area of the console below it. */
package org.deptbot.admin;
