package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.versus.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

/**
 * Issue 27 item 5: the deploy recipes in {@code deploy/} parse (YAML with SnakeYAML Engine, TOML, nginx and
 * Caddy structurally, shell with {@code sh -n}), and every {@code versus ...} command in them, and in
 * docs/deploying.md, parses against the real command classes, so a renamed option breaks this test, not a
 * reader's deployment.
 */
class DeployRecipesTest {
  /** {@code versus SUBCOMMAND args} up to the end of the shell command (newline, ;, &&, |, a comment, a backtick). */
  private static final Pattern COMMAND = Pattern.compile("(?<=^|[\\s;&|(/])versus((?: +[^\\s;&|#`]+| +\"[^\"]*\")+)", Pattern.MULTILINE);
  private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)");
  private static final List<String> RECIPES = List.of("deploy/github/pages.yml", "deploy/github/check.yml", "deploy/gitlab/.gitlab-ci.yml",
      "deploy/netlify/netlify.toml", "deploy/cloudflare/wrangler.toml", "deploy/cloudflare/build.sh", "deploy/nginx/guide.conf",
      "deploy/caddy/Caddyfile", "deploy/install-versus.sh");

  private static String read(String file) throws IOException {
    return Files.readString(TestSites.repo().resolve(file));
  }

  @Test
  void theRecipesAreTheFilesOfDeployAndTheManualLinksEach() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.walk(TestSites.repo().resolve("deploy"))) {
      files = s.filter(Files::isRegularFile).map(p -> TestSites.repo().relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
    assertEquals(RECIPES.stream().sorted().toList(), files, "a new recipe file is listed here, so it gets checked");
    String page = read("docs/deploying.md");
    for (String f : RECIPES) assertTrue(page.contains("](../" + f + ")"), "docs/deploying.md links " + f);
  }

  @Test
  void theWorkflowsAreValidYamlWithJobsAndSteps() throws IOException {
    for (String f : List.of("deploy/github/pages.yml", "deploy/github/check.yml")) {
      Map<?, ?> workflow = yaml(f);
      assertTrue(workflow.containsKey("on") && workflow.containsKey("jobs"), f);
      for (Object job : ((Map<?, ?>) workflow.get("jobs")).values()) {
        Map<?, ?> j = assertInstanceOf(Map.class, job, f);
        assertTrue(j.containsKey("runs-on"), f + ": every job names its runner");
        for (Object step : (List<?>) j.get("steps")) {
          Map<?, ?> s = assertInstanceOf(Map.class, step, f);
          assertTrue(s.containsKey("uses") ^ s.containsKey("run"), f + ": a step either uses an action or runs a command: " + s);
        }
      }
    }
    Map<?, ?> gitlab = yaml("deploy/gitlab/.gitlab-ci.yml");
    Map<?, ?> pages = assertInstanceOf(Map.class, gitlab.get("pages"), "GitLab publishes the job named pages");
    assertEquals(List.of("public"), ((Map<?, ?>) pages.get("artifacts")).get("paths"), "GitLab Pages serves public/");
  }

  private static Map<?, ?> yaml(String file) throws IOException {
    return assertInstanceOf(Map.class, new Load(LoadSettings.builder().build()).loadFromString(read(file)), file);
  }

  @Test
  void theTomlFilesAreTablesOfKeysAndValues() throws IOException {
    assertEquals("\"site\"", toml("deploy/netlify/netlify.toml").get("build.publish"));
    assertTrue(toml("deploy/netlify/netlify.toml").containsKey("build.command"));
    assertEquals("\"site\"", toml("deploy/cloudflare/wrangler.toml").get("pages_build_output_dir"));
  }

  /** A line-level TOML reader (the recipes' subset): tables, and keys with a string, number, boolean or date. */
  private static Map<String, String> toml(String file) throws IOException {
    Map<String, String> keys = new java.util.LinkedHashMap<>();
    String table = "";
    Pattern header = Pattern.compile("\\[\\[?([a-z][a-z0-9_.-]*)]]?");
    Pattern pair = Pattern.compile("([A-Za-z0-9_-]+) *= *(\"(?:[^\"\\\\]|\\\\.)*\"|true|false|-?\\d+|\\d{4}-\\d{2}-\\d{2})");
    int n = 0;
    for (String line : read(file).split("\n")) {
      n++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      Matcher h = header.matcher(l);
      Matcher p = pair.matcher(l);
      if (h.matches()) table = h.group(1) + ".";
      else if (!p.matches()) fail(file + ":" + n + ": not a TOML table or key = value: " + l);
      else if (keys.put(table + p.group(1), p.group(2)) != null) fail(file + ":" + n + ": a key given twice: " + l);
    }
    return keys;
  }

  @Test
  void nginxStatementsEndWithASemicolonAndBlocksClose() throws IOException {
    String conf = read("deploy/nginx/guide.conf").replaceAll("(?m)#.*$", "");
    StringBuilder statement = new StringBuilder();
    int depth = 0;
    for (char c : conf.toCharArray()) {
      if (c == ';') statement.setLength(0);
      else if (c == '{') {
        depth++;
        statement.setLength(0);
      } else if (c == '}') {
        assertTrue(statement.toString().isBlank(), "a statement without its `;` before }: " + statement.toString().strip());
        assertTrue(--depth >= 0, "a } without its {");
      } else statement.append(c);
    }
    assertEquals(0, depth, "every { is closed");
    assertTrue(statement.toString().isBlank(), "the file ends with a complete statement");
    // alias under a location ending in / must end in / too, or /guide/x maps to /srv/guide/sitex
    assertTrue(conf.contains("location /guide/ {") && conf.contains("alias /srv/guide/site/;"));
  }

  @Test
  void theCaddyfileHasOneSiteWithItsBlocksClosed() throws IOException {
    String caddy = read("deploy/caddy/Caddyfile").replaceAll("(?m)^\\s*#.*$", "").replaceAll("`[^`]*`", "``");
    int depth = 0;
    for (String line : caddy.split("\n")) {
      String l = line.strip();
      if (l.endsWith("{")) depth++;
      else if (l.equals("}")) assertTrue(--depth >= 0, "a } without its {");
      else if (!l.isEmpty()) assertTrue(depth > 0, "a directive outside the site block: " + l);
    }
    assertEquals(0, depth, "every { is closed");
    assertTrue(caddy.contains("handle_path /guide/* {") && caddy.contains("root * /srv/guide/site"), "the sub-path and the folder");
  }

  @Test
  void theShellScriptsParse() throws Exception {
    for (String f : List.of("deploy/install-versus.sh", "deploy/cloudflare/build.sh")) {
      Process p = new ProcessBuilder("sh", "-n", TestSites.repo().resolve(f).toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      assertEquals(0, p.waitFor(), f + ": " + out);
    }
  }

  @Test
  void everyVersusCommandInTheRecipesExistsWithThoseOptions() throws IOException {
    List<String> commands = new ArrayList<>();
    for (String f : concat(RECIPES, "docs/deploying.md")) {
      Matcher m = COMMAND.matcher(shellText(f));
      while (m.find()) {
        List<String> args = new ArrayList<>();
        Matcher t = TOKEN.matcher(m.group(1));
        while (t.find()) {
          String token = t.group(1) != null ? t.group(1) : t.group(2) != null ? t.group(2) : t.group(3);
          // a CI variable stands for an address the host fills in: any valid one parses the same
          args.add(token.contains("$") ? "https://example.org/guide/" : token);
        }
        commands.add(f + ": versus " + String.join(" ", args));
        try {
          new CommandLine(new Main()).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
          fail(f + ": `versus " + String.join(" ", args) + "`: " + e.getMessage());
        }
      }
    }
    for (String f : List.of("deploy/github/pages.yml", "deploy/github/check.yml", "deploy/gitlab/.gitlab-ci.yml",
        "deploy/netlify/netlify.toml", "deploy/cloudflare/build.sh")) {
      assertTrue(commands.stream().anyMatch(c -> c.startsWith(f + ": versus build") || c.startsWith(f + ": versus check --strict")),
          f + " runs versus: " + commands);
    }
    assertTrue(commands.stream().anyMatch(c -> c.contains("versus check --strict")), "a pull-request gate");
  }

  /** The text that holds shell commands: the file, or for TOML its string values, unquoted. */
  private static String shellText(String file) throws IOException {
    if (!file.endsWith(".toml")) return read(file);
    return String.join("\n", toml(file).values().stream().filter(v -> v.startsWith("\""))
        .map(v -> v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\")).toList());
  }

  private static List<String> concat(List<String> list, String more) {
    List<String> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }
}
