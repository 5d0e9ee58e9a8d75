/**
 * How the commands print: plain-text tables ({@link io.dhub.cli.render.TextTable}), JSON
 * ({@link io.dhub.cli.render.Json}), CSV lines ({@link io.dhub.cli.render.Csv}) and the shared
 * wording of counts and database states ({@link io.dhub.cli.render.Render}). It knows no command and
 * no generator.
 */
package io.dhub.cli.render;
