package dev.versus.cli;

/**
 * A failure the CLI expected and explains in its message (no guide found): printed as one line
 * {@code versus: MESSAGE}, exit code 1, by {@link Failures}.
 */
final class Failure extends RuntimeException {
  Failure(String message) {
    super(message, null, false, false);
  }
}
