-- dhub load (a run's files into the databases) and dhub seed customer (one customer rewritten) are
-- recorded as runs too, with the settings of the data they leave behind.
ALTER TABLE dhub_runs DROP CONSTRAINT dhub_runs_command;
ALTER TABLE dhub_runs ADD CONSTRAINT dhub_runs_command
    CHECK (command IN ('seed all', 'seed clear', 'load', 'seed customer'));
