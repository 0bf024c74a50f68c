/**
 * Quality gates on built guides: HTML validity, accessibility, Lighthouse, links and the comparison
 * table's behaviour in a real browser; browser and npm tools are found, skipped or required by {@link dev.versus.gates.Tools}.
 */
package dev.versus.gates;
