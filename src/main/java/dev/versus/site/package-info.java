/**
 * The write stage: writes rendered outputs into a temporary folder, then swaps it in atomically, or moves only the
 * changed files into place under a journal when the build cache knows the site in the output folder.
 */
package dev.versus.site;
