/**
 * The typed models templates read: one record per page kind ({@link dev.versus.render.page.PageModel}) and
 * the records its parts are made of, filled by {@code render} from facts the model and the matrix computed.
 * Their component names are the template variables: the contract between the code and a theme.
 */
package dev.versus.render.page;
