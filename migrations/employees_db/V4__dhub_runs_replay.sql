-- The command that reproduces a seed run's data (every option that shapes it), shown by seed status.
ALTER TABLE dhub_runs ADD COLUMN replay TEXT;
