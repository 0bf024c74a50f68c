/** The build orchestrator: the one place that lists the stages load, model, render, write, in order. */
package dev.versus.pipeline;
