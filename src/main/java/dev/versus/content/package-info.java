/**
 * The load stage: walks the source folder, splits front matter, parses YAML and Markdown into
 * {@link dev.versus.content.Document}s that keep source positions. Knows nothing of the model.
 */
package dev.versus.content;
