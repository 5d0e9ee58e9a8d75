/**
 * Carrying out a run: the domains ordered into phases ({@link io.dhub.generators.run.DomainPlan}),
 * one phase loop ({@link io.dhub.generators.run.PhaseLoop}) over three targets: the databases
 * ({@link io.dhub.generators.run.Seeder}, for a seed and for {@code load}), files
 * ({@link io.dhub.generators.run.FileOutput}, with their {@link io.dhub.generators.run.Manifest}, read
 * back by {@link io.dhub.generators.run.FileInput}) and one customer's rows
 * ({@link io.dhub.generators.run.OneCustomer}). No picocli and no System.out: results come back as
 * records and progress through a listener.
 */
package io.dhub.generators.run;
