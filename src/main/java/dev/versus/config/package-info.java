/** The guide's configuration: site.yaml and sources.yaml read into records, with positions for errors. */
package dev.versus.config;
