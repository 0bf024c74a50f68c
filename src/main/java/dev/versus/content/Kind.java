package dev.versus.content;

import dev.versus.web.PageKind;

/** The kinds of content file, each living in its own folder of the source tree. */
public enum Kind {
  INDEX("", PageKind.HOME), SUBJECT("subjects", PageKind.SUBJECT), CRITERION("criteria", PageKind.CRITERION),
  ARTICLE("articles", PageKind.ARTICLE), FAQ("faq", PageKind.FAQ);

  private final String folder;
  private final PageKind page;

  Kind(String folder, PageKind page) {
    this.folder = folder;
    this.page = page;
  }

  /** The source folder that holds files of this kind ("" for the root index). */
  public String folder() {
    return folder;
  }

  /** The kind of page a document of this kind is published as (the route table's name for it). */
  public PageKind page() {
    return page;
  }

  /** The route of the page of the document {@code slug} of this kind ({@code criteria/orm/}; "" for the index). */
  public String route(String slug) {
    return this == INDEX ? page.route() : page.route(slug);
  }
}
