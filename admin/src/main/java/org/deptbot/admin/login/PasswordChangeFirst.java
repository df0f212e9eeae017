package org.deptbot.admin.login;

/**
 * The caller signed in with a password they were given (a one-time or bootstrap password) and has
 * not replaced it yet; the API answers nothing else until they do.
 */
public class PasswordChangeFirst extends RuntimeException {

  public PasswordChangeFirst(String staffId) {
    super(staffId + " must change the given password first");
  }
}
