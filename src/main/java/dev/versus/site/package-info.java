/** The write stage: writes rendered outputs into a temporary folder and swaps it in atomically. */
package dev.versus.site;
