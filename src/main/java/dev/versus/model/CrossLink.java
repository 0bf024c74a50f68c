package dev.versus.model;

import dev.versus.content.Kind;
import dev.versus.content.LinkRef;

/** A resolved author link: which document wrote it (kind + slug), the link as written, and its target. */
public record CrossLink(Kind fromKind, String fromSlug, LinkRef ref, Target target) {}
