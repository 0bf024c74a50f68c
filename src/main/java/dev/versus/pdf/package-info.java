/**
 * The PDF stage, after render: turns the print view into {@code guide.pdf} with openhtmltopdf, with
 * the theme's fonts embedded, an outline that mirrors the table of contents, and document metadata.
 */
package dev.versus.pdf;
