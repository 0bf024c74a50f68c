package dev.versus.pipeline;

import dev.versus.diag.Diagnostics;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The date of a build: {@code SOURCE_DATE_EPOCH} (seconds since 1970, UTC) when it is set, so the same
 * sources give the same bytes (reproducible-builds.org/specs/source-date-epoch/), else today in UTC.
 * Only a guide that states no date of its own uses it, for the feed's and the sitemap's dates.
 */
final class BuildDate {
  /** The environment variable the reproducible-builds specification names. */
  static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

  private BuildDate() {}

  /** {@code epoch} is the variable's value or null; a value that is not a whole number of seconds is an error. */
  static LocalDate of(String epoch, Clock clock, Diagnostics diags) {
    if (epoch != null && !epoch.isBlank()) {
      try {
        return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC);
      } catch (NumberFormatException | java.time.DateTimeException e) {
        diags.error(SOURCE_DATE_EPOCH, 0, 0, "`" + epoch + "` is not a number of seconds since 1970-01-01 UTC, "
            + "such as the output of `git log -1 --format=%ct`; fix or unset the environment variable");
      }
    }
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }
}
