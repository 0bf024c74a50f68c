package dev.versus.config;

import dev.versus.diag.Position;

/** A subject slug as site.yaml lists it, with where it was written. */
public record SubjectRef(String slug, Position pos) {}
