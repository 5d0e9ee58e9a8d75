-- The run record says what a run was doing when it stopped, and records clears too.
-- * command: 'seed all' or 'seed clear' (a clear has no seed, scale, sizes or as-of date);
-- * stage: the step the run was in last (migrate, clear, phase N (name), finished), so that a run
--   killed at any point shows where;
-- * scale: any positive number, stored exactly (NUMERIC(12,4) rounded 0.00001 to 0).
ALTER TABLE dhub_runs ADD COLUMN command VARCHAR(20) NOT NULL DEFAULT 'seed all';
ALTER TABLE dhub_runs ADD CONSTRAINT dhub_runs_command CHECK (command IN ('seed all', 'seed clear'));
ALTER TABLE dhub_runs ADD COLUMN stage VARCHAR(60);
ALTER TABLE dhub_runs ALTER COLUMN scale TYPE NUMERIC;
ALTER TABLE dhub_runs ALTER COLUMN seed DROP NOT NULL;
ALTER TABLE dhub_runs ALTER COLUMN scale DROP NOT NULL;
ALTER TABLE dhub_runs ALTER COLUMN employees DROP NOT NULL;
ALTER TABLE dhub_runs ALTER COLUMN customers DROP NOT NULL;
ALTER TABLE dhub_runs ALTER COLUMN as_of DROP NOT NULL;
ALTER TABLE dhub_runs ADD CONSTRAINT dhub_runs_settings
    CHECK (command = 'seed clear' OR (seed IS NOT NULL AND scale IS NOT NULL AND employees IS NOT NULL
                                      AND customers IS NOT NULL AND as_of IS NOT NULL));
