/** Tests of the published Django vs Flask guide in content/: coverage, links and originality. */
package dev.versus.guide;
