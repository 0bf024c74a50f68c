/** The command line: one thin picocli class per subcommand; exit codes 0 ok, 1 content errors, 2 usage. */
package dev.versus.cli;
