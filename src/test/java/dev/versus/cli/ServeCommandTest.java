package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.TestSites;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code versus serve}'s options and refusals; serving itself is tested in the server package. */
class ServeCommandTest {
  @TempDir
  Path tmp;

  @Test
  void helpListsTheOptions() {
    CliTest.Run r = CliTest.run("serve", "--help");
    assertEquals(0, r.code());
    for (String option : new String[] {"--port", "--bind", "--source", "--drafts", "--open", "--theme"}) {
      assertTrue(r.out().contains(option), option + " in\n" + r.out());
    }
    assertTrue(CliTest.run("--help").out().contains("serve"));
  }

  @Test
  void refusesAMissingSourceFolderAndABadPort() {
    CliTest.Run missing = CliTest.run("serve", "--source", tmp.resolve("nope").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("source folder not found"), missing.err());
    Path source = TestSites.fixture("three", tmp);
    CliTest.Run port = CliTest.run("serve", "--source", source.toString(), "--port", "70000");
    assertEquals(2, port.code());
    assertTrue(port.err().contains("not a port"), port.err());
  }

  @Test
  void saysSoWhenThePortIsTaken() throws Exception {
    Path source = TestSites.fixture("three", tmp);
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      CliTest.Run r = CliTest.run("serve", "--source", source.toString(), "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(1, r.code());
      assertTrue(r.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
    }
  }

  /**
   * A --bind that names no address is a usage error before the first build (it was "input/output error:
   * UnknownHostException", exit 1, after a whole build), and one of another machine says so instead of asking
   * whether another preview is running (found by the round-9 tester).
   */
  @Test
  void aBindAddressOfNoMachineOrAnotherOneSaysSo() {
    Path source = TestSites.fixture("three", tmp);
    CliTest.Run unknown = CliTest.run("serve", "--source", source.toString(), "--bind", "999.1.1.1");
    assertEquals(2, unknown.code(), unknown.err());
    assertTrue(unknown.err().contains("--bind 999.1.1.1 is no IP address or host name this machine knows: use --bind 127.0.0.1"),
        unknown.err());
    // TEST-NET-1 (RFC 5737): an address no machine of this network has
    CliTest.Run other = CliTest.run("serve", "--source", source.toString(), "--bind", "192.0.2.1", "--port", "0");
    assertEquals(1, other.code(), other.err());
    assertTrue(other.err().contains("192.0.2.1 is not an address of this machine: use --bind 127.0.0.1"), other.err());
  }

  @Test
  void warnsWhenListeningBeyondThisMachine() throws Exception {
    assertTrue(ServeCommand.bindWarning("0.0.0.0").orElseThrow().contains("reachable from other machines"));
    assertTrue(ServeCommand.bindWarning("127.0.0.1").isEmpty());
    assertTrue(ServeCommand.bindWarning("::1").isEmpty());
  }
}
