package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.versus.TestSites;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27 items 1 and 2: the archives {@code ./mvnw -B -DskipTests -Pdist package} writes, unpacked into an
 * empty folder and run as a user would: {@code bin/versus init g && cd g && ../bin/versus build}, then check,
 * pdf, serve and --version. The bundle runs with no Java on the PATH and no JAVA_HOME. Skipped when the
 * archives were not built (the dist profile is not part of a normal build).
 */
@Tag("dist")
class ReleaseArchiveTest {
  private static final Pattern SERVING = Pattern.compile("serving (http://\\S+)");

  @TempDir
  Path tmp;

  @Test
  void theZipRunsOnTheJavaItFinds() throws Exception {
    Path zip = archive(".zip");
    run(tmp, Map.of(), "unzip", "-q", zip.toString());
    Path home = unpacked();
    assertTrue(Files.isExecutable(home.resolve("bin/versus")), "bin/versus keeps its mode");
    assertTrue(Files.isRegularFile(home.resolve("bin/versus.cmd")) && Files.isRegularFile(home.resolve("README")));
    assertTrue(Files.readString(home.resolve("LICENSE")).contains("Apache License"), "the archive carries the licence");
    assertTrue(Files.notExists(home.resolve("runtime")), "the zip has no runtime of its own");
    String version = useAsAUserWould(home, Map.of());
    assertTrue(version.lines().skip(2).findFirst().orElse("").matches("Java (1[7-9]|[2-9]\\d)\\..*"), "a Java 17 or later: " + version);
  }

  @Test
  void theBundleRunsWithoutAnyJava() throws Exception {
    Path bundle = archive("-linux-x64.tar.gz");
    run(tmp, Map.of(), "tar", "-xzf", bundle.toString());
    Path home = unpacked();
    String modules = Files.readString(home.resolve("runtime/release"));
    assertTrue(modules.contains("jdk.zipfs") && modules.contains("java.desktop") && modules.contains("jdk.httpserver"), modules);
    // a PATH with the tools the launcher uses and no java; no JAVA_HOME
    Path tools = Files.createDirectories(tmp.resolve("tools"));
    for (String t : List.of("sh", "sed", "dirname", "cksum", "cut", "find", "mktemp", "mkdir", "mv", "rm", "ls", "readlink")) {
      Path found = which(t);
      if (found != null) Files.createSymbolicLink(tools.resolve(t), found);
    }
    String version = useAsAUserWould(home, Map.of("PATH", tools.toString()));
    assertTrue(version.contains(" at " + home.resolve("runtime").toRealPath()), "runs on its own runtime: " + version);
    Matcher java = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(modules);
    if (java.find() && Integer.parseInt(java.group(1)) >= 25) {
      // the AOT cache made at build time, in another folder, is used here as it is: nothing trained, classes mapped
      assertTrue(Files.notExists(tmp.resolve("cache")), "the shipped archive serves; none made on first run");
      Path log = tmp.resolve("classes.log");
      assertEquals(0, run(tmp, Map.of("PATH", tools.toString(), "VERSUS_JAVA_OPTS", "-Xlog:class+load:file=" + log),
          home.resolve("bin/versus").toString(), "--version").code());
      long mapped = Files.readAllLines(log).stream().filter(l -> l.contains("source: shared objects file")).count();
      assertTrue(mapped > 1000, "classes from lib/versus.aot: " + mapped);
    }
  }

  /** init, build from inside the guide, check --strict, pdf, serve and --version; returns --version's output. */
  private String useAsAUserWould(Path home, Map<String, String> env) throws Exception {
    Map<String, String> withCache = new java.util.HashMap<>(env);
    withCache.put("VERSUS_CACHE", tmp.resolve("cache").toString());
    withCache.put("HOME", tmp.resolve("home").toString());
    String launcher = home.resolve("bin/versus").toString();
    assertEquals(0, run(tmp, withCache, launcher, "init", "g").code(), "init");
    Path guide = tmp.resolve("g");
    Result build = run(guide, withCache, launcher, "build");
    assertEquals(0, build.code(), build.output());
    assertTrue(build.output().contains("built site:"), build.output());
    assertTrue(TestSites.read(guide.resolve("site/index.html")).contains("<html"), "site/ beside site.yaml");
    assertEquals(0, run(guide, withCache, launcher, "check", "--strict").code(), "check --strict");
    Result pdf = run(guide, withCache, launcher, "pdf");
    assertEquals(0, pdf.code(), pdf.output());
    assertTrue(Files.size(guide.resolve("site/guide.pdf")) > 10_000, "a PDF of some pages");
    serveAnswers(guide, withCache, launcher);
    Result version = run(guide, withCache, launcher, "--version");
    assertEquals(0, version.code(), version.output());
    assertTrue(version.output().startsWith("versus " + home.getFileName().toString().substring("versus-".length()) + "\ncommit "),
        version.output());
    return version.output();
  }

  private static void serveAnswers(Path guide, Map<String, String> env, String launcher) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(launcher, "serve", "--port", "0").directory(guide.toFile()).redirectErrorStream(true);
    environment(pb, env);
    Process p = pb.start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      Matcher m = null;
      while ((line = out.readLine()) != null && !(m = SERVING.matcher(line)).find()) { /* the build's lines */ }
      assertTrue(m != null && line != null, "serve printed its address");
      HttpURLConnection c = (HttpURLConnection) URI.create(m.group(1)).toURL().openConnection();
      assertEquals(200, c.getResponseCode());
      HttpURLConnection css = (HttpURLConnection) URI.create(m.group(1)).resolve("css/versus.css").toURL().openConnection();
      assertEquals(200, css.getResponseCode(), "the built-in theme's stylesheet, read from the jar, is served");
    } finally {
      p.destroy();
      p.waitFor(20, TimeUnit.SECONDS);
    }
  }

  private Path unpacked() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.filter(p -> p.getFileName().toString().startsWith("versus-")).findFirst().orElseThrow();
    }
  }

  /** The archive the dist profile wrote, or the test is skipped. */
  private static Path archive(String suffix) throws IOException {
    Path target = TestSites.repo().resolve("target");
    List<Path> found = new ArrayList<>();
    if (Files.isDirectory(target)) {
      try (Stream<Path> s = Files.list(target)) {
        s.filter(p -> p.getFileName().toString().matches("versus-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?" + Pattern.quote(suffix))).forEach(found::add);
      }
    }
    assumeTrue(found.size() == 1, "no target/versus-VERSION" + suffix + ": run ./mvnw -B -DskipTests -Pdist package first");
    return found.get(0);
  }

  record Result(int code, String output) {}

  private static Result run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    environment(pb, env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), String.join(" ", command) + " finished");
    return new Result(p.exitValue(), out);
  }

  /** The given variables over this JVM's; a bundle test also drops JAVA_HOME so that only runtime/ is left. */
  private static void environment(ProcessBuilder pb, Map<String, String> env) {
    if (env.containsKey("PATH")) pb.environment().remove("JAVA_HOME");
    pb.environment().putAll(env);
  }

  private static Path which(String tool) {
    for (String dir : System.getenv("PATH").split(":")) {
      Path p = Path.of(dir, tool);
      if (Files.isExecutable(p)) return p;
    }
    return null;
  }
}
