/** The search index: every criterion, subject, article and FAQ entry as plain text, split into files a browser loads as needed. */
package dev.versus.search;
