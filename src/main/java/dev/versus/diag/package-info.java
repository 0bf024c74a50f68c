/** Diagnostics: problems of a build as values with a file position, collected and reported together. */
package dev.versus.diag;
