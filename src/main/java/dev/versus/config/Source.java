package dev.versus.config;

import dev.versus.diag.Position;
import java.time.LocalDate;
import java.util.Optional;

/** A bibliography entry of sources.yaml; content cites it by {@code id}. */
public record Source(String id, String title, String publisher, String url, Optional<LocalDate> date, Position pos) {}
