/**
 * UI strings: the words a theme shows that are not content, read from the {@code i18n/<language>.yaml}
 * files of the guide and the theme chain by the load stage, merged for the site's language, and handed
 * to the render stage as data ({@link dev.versus.i18n.UiStrings}). Depends on the YAML reader of
 * {@code content} and on {@code diag} only.
 */
package dev.versus.i18n;
