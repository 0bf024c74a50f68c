/**
 * The Versus Maven plugin: goals that build, check, preview and print a guide by calling Versus's
 * pipeline ({@code dev.versus.pipeline.Build}) in Maven's own process, its diagnostics logged as
 * {@code file:line:column} and any error failing the Maven build.
 */
package dev.versus.maven;
