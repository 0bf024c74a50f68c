package dev.versus.gates;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.versus.TestSites;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Node process running src/test/js/lighthouse-driver.mjs: Lighthouse loaded once and one Chromium for every
 * gather, as Lighthouse's docs run it from Node, instead of a {@code lighthouse} CLI process and a Chromium per
 * gather and per audit. Requests go one at a time, one JSON line each way; the driver's own log (Lighthouse's
 * errors and warnings, Chromium's) goes to {@code log}. Close it to end Node and Chromium.
 */
final class LighthouseDriver implements AutoCloseable {
  static final Path SCRIPT = TestSites.repo().resolve("src/test/js/lighthouse-driver.mjs");

  private final Process process;
  private final Writer requests;
  private final BufferedReader answers;
  private final Path log;

  private LighthouseDriver(Process process, Path log) {
    this.process = process;
    this.log = log;
    this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Starts the driver; its Chromium (launched at the first gather) gets {@code chromeFlags}. */
  static LighthouseDriver start(List<String> chromeFlags, Path log) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Tools.node(), SCRIPT.toString()));
    cmd.addAll(chromeFlags);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
    pb.environment().put("CHROME_PATH", Tools.chromium().toString());
    return new LighthouseDriver(pb.start(), log);
  }

  /**
   * Runs Lighthouse on {@code url} with {@code flags} (Lighthouse's flags object, as its Node API takes them; a
   * gatherMode run gets the shared Chromium's port); a non-null {@code report} path receives the generated report.
   *
   * @throws AssertionError when Lighthouse throws (its message and stack), the driver exits, or no answer comes
   *     within {@code timeoutMinutes}
   */
  void run(String url, JsonObject flags, Path report, int timeoutMinutes) throws IOException, InterruptedException {
    JsonObject request = new JsonObject();
    request.addProperty("url", url);
    request.add("flags", flags);
    if (report != null) request.addProperty("report", report.toString());
    requests.write(request + "\n");
    requests.flush();
    String line;
    try {
      line = CompletableFuture.supplyAsync(this::readAnswer).get(timeoutMinutes, TimeUnit.MINUTES);
    } catch (TimeoutException e) {
      process.destroyForcibly();
      throw new AssertionError("lighthouse did not finish on " + url + " in " + timeoutMinutes + " min; log: " + log, e);
    } catch (ExecutionException e) {
      throw new AssertionError("lighthouse driver failed on " + url + "; log: " + log, e.getCause());
    }
    if (line == null) throw new AssertionError("lighthouse driver exited on " + url + "; log: " + log);
    JsonObject answer = JsonParser.parseString(line).getAsJsonObject();
    if (!answer.get("ok").getAsBoolean()) {
      throw new AssertionError("lighthouse failed on " + url + ": " + answer.get("error").getAsString());
    }
  }

  private String readAnswer() {
    try {
      return answers.readLine();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Ends the requests; the driver closes Chromium and exits (killed after a minute). */
  @Override
  public void close() throws IOException, InterruptedException {
    requests.close();
    if (!process.waitFor(1, TimeUnit.MINUTES)) process.destroyForcibly();
  }
}
