/**
 * What a guide publishes and where: every page kind's route and output file ({@link dev.versus.web.PageKind},
 * {@link dev.versus.web.Routes}), the anchors every theme must provide and the ids a page reserves
 * ({@link dev.versus.web.Anchors}), links below the site's base URL ({@link dev.versus.web.Links}), a file to
 * publish ({@link dev.versus.web.Output}) and the one JSON writer. The bottom package: it depends on nothing
 * else of Versus, so every stage, the preview server and the templates can ask it (after Hugo's
 * {@code resources/page/permalinks.go}, one table of how each kind of page maps to a path).
 */
package dev.versus.web;
