-- The settings of the data a run leaves behind, as fields (the replay command stays, for people):
-- seed customer, seed verify and customer explain read them instead of parsing the command back.
ALTER TABLE dhub_runs ADD COLUMN settings JSONB;

COMMENT ON COLUMN dhub_runs.settings IS 'The settings that shape the data the run leaves behind, as JSON: seed, as_of, scale, customers_option, employees_option, history_months_option (0: the default density), aml_cases (laundering cases per 1,000 customers), profiles (the --profiles mix), market (us) and assigned (customer id to the profile seed customer gave it). Null for a clear, and for a run recorded before the column existed.';
