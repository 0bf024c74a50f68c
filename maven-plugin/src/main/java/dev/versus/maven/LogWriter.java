package dev.versus.maven;

import java.io.Writer;
import org.apache.maven.plugin.logging.Log;

/**
 * A {@link Writer} that hands each finished line to Maven's log: the preview server writes its
 * console (one line per rebuild, diagnostics indented below) to a {@code PrintWriter}, and Maven
 * shows lines with their level and colour. A line with {@code : error: } is logged as an error,
 * {@code : warning: } as a warning (the {@code Diagnostic.format} shape), the rest as info.
 */
final class LogWriter extends Writer {
  private final Log log;
  private final StringBuilder line = new StringBuilder();

  LogWriter(Log log) {
    this.log = log;
  }

  @Override
  public synchronized void write(char[] chars, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      if (c == '\n') emit();
      else if (c != '\r') line.append(c);
    }
  }

  @Override
  public synchronized void flush() {
    // a partial line waits for its end: Maven's log has no way to continue a line
  }

  @Override
  public synchronized void close() {
    if (!line.isEmpty()) emit();
  }

  private void emit() {
    String text = line.toString();
    line.setLength(0);
    if (text.contains(": error: ")) log.error(text);
    else if (text.contains(": warning: ")) log.warn(text);
    else log.info(text);
  }
}
