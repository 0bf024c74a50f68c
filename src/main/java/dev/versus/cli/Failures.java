package dev.versus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.ProviderNotFoundException;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns anything a command throws into one line with its cause and exit code 1 (code 2 stays for usage errors).
 * A stack trace helps whoever fixes Versus, not whoever runs it: it is printed only when the environment
 * variable {@code VERSUS_STACKTRACE} is {@code 1}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  /** The exit code of a failure that is not a usage error. */
  static final int EXIT = 1;

  private final Map<String, String> env;

  /** {@code env} is the process environment ({@link System#getenv()}); tests pass their own. */
  Failures(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    return report(e, cl.getErr());
  }

  /** Prints {@code t} as one line on {@code err} (and its trace when asked for) and returns {@link #EXIT}. */
  int report(Throwable t, PrintWriter err) {
    err.println("versus: " + describe(t));
    if ("1".equals(env.get("VERSUS_STACKTRACE"))) t.printStackTrace(err);
    err.flush();
    return EXIT;
  }

  /** One line saying what went wrong, in the user's terms where the cause is known, never spanning lines. */
  static String describe(Throwable t) {
    if (t instanceof Failure) return t.getMessage();
    Throwable cause = t;
    while ((cause instanceof UncheckedIOException || cause instanceof CommandLine.ExecutionException
        || cause instanceof java.lang.reflect.InvocationTargetException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String line = cause instanceof IOException io ? file(io) : known(cause);
    return line.replaceAll("\\s*\\R\\s*", " ").strip() + " (VERSUS_STACKTRACE=1 prints where it happened)";
  }

  private static String file(IOException e) {
    if (e instanceof AccessDeniedException a) return "cannot read or write " + a.getFile() + ": permission denied";
    if (e instanceof NoSuchFileException n) return "no such file or folder: " + n.getFile();
    if (e instanceof FileSystemException f) return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "cannot use it");
    return "input/output error: " + text(e);
  }

  private static String known(Throwable t) {
    // jlink runtimes: jdeps does not see the zip file system Versus opens the jar with (issue 27)
    if (t instanceof ProviderNotFoundException) {
      return text(t) + ": this Java runtime lacks the module jdk.zipfs, which Versus needs to read its theme";
    }
    if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
      return "this Java runtime lacks a class Versus needs (" + text(t) + "): run Versus on a full Java 17 or later";
    }
    if (t instanceof OutOfMemoryError) return "out of memory (" + text(t) + ")";
    return "unexpected " + text(t);
  }

  private static String text(Throwable t) {
    return t.getMessage() == null ? t.getClass().getName() : t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
