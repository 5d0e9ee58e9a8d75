/**
 * What a caller of generation speaks: the run's settings ({@link io.dhub.generators.api.RunSettings}),
 * the requests, the results, the progress listener, the file formats and parts. It knows the market,
 * the profiles and the id space (settings name them) and nothing of how a run is carried out: the
 * front door, {@link io.dhub.generators.Generation}, takes these and returns these, and the CLI
 * imports nothing else of the generators.
 */
package io.dhub.generators.api;
