/**
 * The render stage: page URLs, the Pebble engine and theme lookup, and the list of pages the
 * site is made of, rendered in parallel into in-memory outputs. Writes nothing to disk.
 */
package dev.versus.render;
