package dev.versus.model;

import dev.versus.content.Body;
import java.util.List;

/** A question and its answer from faq/&lt;slug&gt;.md, tied to the criteria and subjects it concerns. */
public record Faq(String slug, String path, String question, int order, List<String> criteria,
    List<String> subjects, Body body) {}
