package dev.versus.config;

/** A person or team credited on the guide; url may be empty. */
public record Author(String name, String url) {}
