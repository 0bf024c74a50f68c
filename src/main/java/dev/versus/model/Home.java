package dev.versus.model;

import dev.versus.content.Body;

/** The guide's index.md: a title and the short answer. */
public record Home(String title, Body body) {}
