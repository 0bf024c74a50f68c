/** The feature matrix and what is computed from it: grouped rows, cells, differences and subject pairs. */
package dev.versus.matrix;
