package dev.versus.model;

import dev.versus.config.Scale;

/**
 * What kind of answer a criterion has, from its {@code type} key: a level on a named scale (the
 * default), a number with a unit and a direction, or free text that is shown but never ranked.
 * The idea follows product comparison tables, where a row is a support level, a figure with a unit
 * ("higher is better") or a note, and MDN's compat data, which keeps that schema apart from pages.
 */
public sealed interface Measure {

  /** The front-matter spelling of the type: {@code scale}, {@code number} or {@code text}. */
  String type();

  /** Levels of {@code scale}; a level earlier in the scale is ahead. */
  record OnScale(Scale scale) implements Measure {
    public String type() {
      return "scale";
    }
  }

  /** A number in {@code unit} (such as {@code %}); {@code better} says which direction is ahead. */
  record Numeric(String unit, Better better) implements Measure {
    public String type() {
      return "number";
    }
  }

  /** Text as written (a licence, a year): shown, never ranked. */
  record Text() implements Measure {
    public String type() {
      return "text";
    }
  }

  /** The direction in which a number criterion's values are better. */
  enum Better {
    HIGHER, LOWER;

    /** The front-matter spelling: {@code higher} or {@code lower}. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
