/** The matrix as open data: compare.json (with its JSON Schema beside it) and compare.csv. */
package dev.versus.data;
