/**
 * The model stage: immutable records for subjects, criteria, verdicts, articles, FAQ and
 * cross-links, assembled and validated from loaded documents. Knows nothing of HTML templates.
 */
package dev.versus.model;
