/**
 * The preview server ({@code versus serve}): serves the live build from memory, watches the
 * sources and the theme, sorts each change into a kind, rebuilds what it touched and tells open
 * pages over Server-Sent Events to reload, swap stylesheets or show the build's errors.
 */
package dev.versus.server;
