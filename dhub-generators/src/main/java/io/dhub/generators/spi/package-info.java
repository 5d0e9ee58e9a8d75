/**
 * What a domain implements and uses: {@link io.dhub.generators.spi.Domain} and the
 * {@link io.dhub.generators.spi.Registry} of what earlier domains built, the seed tree and its
 * random streams, weighted draws, and the rows a domain writes ({@link io.dhub.generators.spi.Table},
 * {@link io.dhub.generators.spi.TableGroup}, {@link io.dhub.generators.spi.RowSink}). It knows no
 * output and no run: a domain that writes rows never learns where they go.
 */
package io.dhub.generators.spi;
