-- Every table and column of employees_db described (issue 28): what a row is, units and currency, allowed
-- values, the rule that fills it, and where a column that names another row points (→ database.table.column).
-- DataHub, psql \d+ and other catalogs read these comments. Columns described by an earlier migration keep theirs.

COMMENT ON TABLE branches IS 'The bank''s branches, 15-20, each in a real city of 250,000 people or more of the market, with its address, IANA time zone, coordinates and opening date. Other databases name branches by branch_code.';
COMMENT ON COLUMN branches.branch_code IS 'Branch code, the key other tables name: BR and the branch number in three digits.';
COMMENT ON COLUMN branches.branch_name IS 'Name of the branch: the bank''s name and the city or district.';
COMMENT ON COLUMN branches.address_line IS 'Street address of the branch.';
COMMENT ON COLUMN branches.city IS 'City the branch stands in.';
COMMENT ON COLUMN branches.state IS 'State (or region) of the city, as the market writes it (a two-letter code in the US).';
COMMENT ON COLUMN branches.postal_code IS 'Postal code of the branch''s address (a ZIP code in the US).';
COMMENT ON COLUMN branches.country IS 'ISO 3166-1 alpha-2 code of the branch''s country: the market''s.';
COMMENT ON COLUMN branches.time_zone IS 'IANA time zone of the branch, which sets its opening hours (e.g. America/Chicago).';
COMMENT ON COLUMN branches.latitude IS 'Latitude of the city in degrees, -90 to 90.';
COMMENT ON COLUMN branches.longitude IS 'Longitude of the city in degrees, -180 to 180.';
COMMENT ON COLUMN branches.opened_date IS 'Date the branch opened, before any account was opened there.';
COMMENT ON COLUMN branches.created_at IS 'When the branch''s record was created.';

COMMENT ON TABLE departments IS 'The bank''s 12 departments (Executive Office, Retail Banking, Consumer Lending, Mortgage Services, Wealth Management, Insurance Services, Risk Management, Compliance, Customer Service, Operations, Information Technology, Human Resources), each with its cost centre, city and yearly budget. Written by phase 1 (HR).';
COMMENT ON COLUMN departments.department_id IS 'Department number, 1-12, assigned by dhub.';
COMMENT ON COLUMN departments.department_code IS 'Three-letter code of the department, unique (EXE, RET, CLN, MTG, WLM, INS, RSK, CMP, CSV, OPS, ITS, HRS).';
COMMENT ON COLUMN departments.department_name IS 'Name of the department, unique.';
COMMENT ON COLUMN departments.cost_center IS 'Cost centre code, unique: CC- and 100 + 10 × the department number (CC-110 to CC-220).';
COMMENT ON COLUMN departments.location IS 'The city the department sits in, from the market''s list of department cities.';
COMMENT ON COLUMN departments.annual_budget IS 'Yearly budget in the market''s currency (USD in the US): 2 to 30 million in steps of 250,000.';
COMMENT ON COLUMN departments.created_at IS 'When the department was set up: noon UTC on the bank''s founding day, before its first hire.';

COMMENT ON TABLE employee_assignments IS 'Who looks after whom: an employee''s customer portfolio (one customer each row) or the coverage of a branch, ongoing or ended. Written by phase 4.';
COMMENT ON COLUMN employee_assignments.assignment_id IS 'Assignment number, assigned by dhub.';
COMMENT ON COLUMN employee_assignments.employee_id IS 'The employee assigned → employees_db.employees.employee_id.';
COMMENT ON COLUMN employee_assignments.assignment_type IS 'customer_portfolio (customer_id set) or branch_coverage (branch_code set).';
COMMENT ON COLUMN employee_assignments.customer_id IS 'The customer of a portfolio assignment → accounts_db.customers.customer_id; null for branch coverage.';
COMMENT ON COLUMN employee_assignments.branch_code IS 'The branch of a branch-coverage assignment → employees_db.branches.branch_code; null for a portfolio.';
COMMENT ON COLUMN employee_assignments.start_date IS 'First day of the assignment.';
COMMENT ON COLUMN employee_assignments.end_date IS 'Last day of an ended assignment (set exactly when status is ended), on or after start_date.';
COMMENT ON COLUMN employee_assignments.status IS 'ongoing or ended.';

COMMENT ON TABLE employee_training IS 'Enrolments of employees in training programmes, at most one per employee and programme: status completed, in_progress or enrolled; a completed one has its date and a score of 65-100. Written by phase 4.';
COMMENT ON COLUMN employee_training.training_id IS 'Enrolment number, assigned by dhub.';
COMMENT ON COLUMN employee_training.employee_id IS 'The employee enrolled → employees_db.employees.employee_id.';
COMMENT ON COLUMN employee_training.program_id IS 'The programme → employees_db.training_programs.program_id.';
COMMENT ON COLUMN employee_training.enrollment_date IS 'Date of enrolment, on or after the hire date.';
COMMENT ON COLUMN employee_training.status IS 'completed, in_progress or enrolled.';
COMMENT ON COLUMN employee_training.completion_date IS 'Date the programme was completed (set exactly when status is completed), on or after enrollment_date.';
COMMENT ON COLUMN employee_training.score IS 'Final score of a completed programme, 65-100 (null otherwise).';

COMMENT ON TABLE employees IS 'The bank''s staff: each employee with department, role, job title, manager, branch, pay and employment status. Managers form one tree under the executive. Written by phase 1 (HR); other databases name employees by employee_id.';
COMMENT ON COLUMN employees.employee_id IS 'Employee number, assigned by dhub; named by other databases as officer, agent, reviewer, handler or filer.';
COMMENT ON COLUMN employees.employee_number IS 'Staff number, unique: EMP and the employee number in six digits.';
COMMENT ON COLUMN employees.first_name IS 'Given name, from the market''s name lists by sex and birth year. Personal data.';
COMMENT ON COLUMN employees.last_name IS 'Family name, from the market''s surname list. Personal data.';
COMMENT ON COLUMN employees.email IS 'Work e-mail address, unique. Personal data.';
COMMENT ON COLUMN employees.phone IS 'Work phone number in the market''s format, unique across staff and customers. Personal data.';
COMMENT ON COLUMN employees.department_id IS 'The department the employee works in → employees_db.departments.department_id.';
COMMENT ON COLUMN employees.role IS 'What the employee does: executive, manager, branch_manager, loan_officer, insurance_agent, customer_service_rep, compliance_officer, risk_analyst, teller, financial_advisor, analyst, hr_specialist or it_specialist.';
COMMENT ON COLUMN employees.job_title IS 'Job title as printed on the payroll, matching the role.';
COMMENT ON COLUMN employees.manager_id IS 'The employee''s manager → employees_db.employees.employee_id; null only for the executive at the top. Never the employee.';
COMMENT ON COLUMN employees.branch_code IS 'The branch the employee works at, for branch staff → employees_db.branches.branch_code; null for head-office staff.';
COMMENT ON COLUMN employees.hire_date IS 'Date of hire, on or before the as-of date.';
COMMENT ON COLUMN employees.salary IS 'Yearly base salary in the market''s currency: uniform in the role''s pay band times the market''s price level, in whole hundreds.';
COMMENT ON COLUMN employees.employment_status IS 'active, on_leave or terminated.';
COMMENT ON COLUMN employees.termination_date IS 'Last day of a terminated employee (set exactly when employment_status is terminated), on or after hire_date.';
COMMENT ON COLUMN employees.created_at IS 'When the employee''s record was created: 09:00 UTC on the hire date.';

COMMENT ON TABLE performance_reviews IS 'Yearly performance reviews: one per employee and review period, by another employee (usually the manager), with a rating of 1-5, the share of goals met (60-100) and comments. Written by phase 4.';
COMMENT ON COLUMN performance_reviews.review_id IS 'Review number, assigned by dhub.';
COMMENT ON COLUMN performance_reviews.employee_id IS 'The employee reviewed → employees_db.employees.employee_id.';
COMMENT ON COLUMN performance_reviews.reviewer_id IS 'The employee who wrote the review: the manager when employed on the review day, else another leader who was; never the one reviewed → employees_db.employees.employee_id.';
COMMENT ON COLUMN performance_reviews.review_period_start IS 'First day of the period reviewed.';
COMMENT ON COLUMN performance_reviews.review_period_end IS 'Last day of the period reviewed; one review per employee and period end.';
COMMENT ON COLUMN performance_reviews.review_date IS 'Date of the review, on or after the period''s end.';
COMMENT ON COLUMN performance_reviews.rating IS 'Overall rating, 1 (poor) to 5 (outstanding).';
COMMENT ON COLUMN performance_reviews.goals_met IS 'Share of the period''s goals met, in percent, 60-100.';
COMMENT ON COLUMN performance_reviews.comments IS 'The reviewer''s comments, in the market''s language, following the rating.';

COMMENT ON TABLE training_programs IS 'The catalogue of training programmes, 16-20 of them: compliance, risk, product, customer service, leadership, technical and soft skills. Written by phase 4 (employee development).';
COMMENT ON COLUMN training_programs.program_id IS 'Programme number, assigned by dhub.';
COMMENT ON COLUMN training_programs.program_code IS 'Short code of the programme, unique.';
COMMENT ON COLUMN training_programs.program_name IS 'Name of the programme, unique.';
COMMENT ON COLUMN training_programs.category IS 'compliance, risk, product, customer_service, leadership, technical or soft_skills.';
COMMENT ON COLUMN training_programs.provider IS 'Who runs the programme: an internal academy or an outside provider.';
COMMENT ON COLUMN training_programs.duration_hours IS 'Length of the programme in hours (2-40; the schema allows 1-200).';
COMMENT ON COLUMN training_programs.is_mandatory IS 'Whether every employee the programme applies to must take it (the compliance programmes).';
COMMENT ON COLUMN training_programs.cost_per_person IS 'Cost of one enrolment in the market''s currency, 0-1,500 in steps of 50.';
COMMENT ON COLUMN training_programs.created_at IS 'When the programme entered the catalogue.';

COMMENT ON TABLE dhub_runs IS 'dhub''s own record of every command that changed the data: seed all, load, seed customer and seed clear, with their settings, stage, outcome and the command line that reproduces the data. Not banking data; seed status and seed verify read it.';
COMMENT ON COLUMN dhub_runs.run_id IS 'Run number, in the order the runs started.';
COMMENT ON COLUMN dhub_runs.seed IS 'The master seed of the run (null for a clear).';
COMMENT ON COLUMN dhub_runs.scale IS 'The scale factor of the run (null for a clear).';
COMMENT ON COLUMN dhub_runs.employees IS 'Employees generated (null for a clear).';
COMMENT ON COLUMN dhub_runs.customers IS 'Customers generated (null for a clear).';
COMMENT ON COLUMN dhub_runs.as_of IS 'The data''s today: nothing in the data happens after it (null for a clear).';
COMMENT ON COLUMN dhub_runs.dhub_version IS 'Version of dhub that ran the command.';
COMMENT ON COLUMN dhub_runs.started_at IS 'When the command started (wall clock).';
COMMENT ON COLUMN dhub_runs.finished_at IS 'When it completed or failed; null while running (or when killed).';
COMMENT ON COLUMN dhub_runs.status IS 'running, completed or failed.';
COMMENT ON COLUMN dhub_runs.phases_completed IS 'The phases committed so far, comma separated (e.g. 1,2,3).';
COMMENT ON COLUMN dhub_runs.failure IS 'What failed, in one line, for a failed run.';
COMMENT ON COLUMN dhub_runs.command IS 'seed all, load, seed customer or seed clear.';
COMMENT ON COLUMN dhub_runs.stage IS 'What the command was doing last (e.g. phase 3 (crm)), for seed status after a kill.';
COMMENT ON COLUMN dhub_runs.replay IS 'The command line that reproduces the data this run leaves behind, including earlier seed customer rewrites joined by &&.';

-- Flyway's own table: jOOQ's schema, read from these files, does not hold it
/* [jooq ignore start] */
COMMENT ON TABLE flyway_schema_history IS 'Flyway''s record of the migrations applied to this database (Flyway''s own table; dhub reads it to report the schema version).';
COMMENT ON COLUMN flyway_schema_history.installed_rank IS 'Order in which the migration was applied.';
COMMENT ON COLUMN flyway_schema_history.version IS 'Migration version (the V number of its file).';
COMMENT ON COLUMN flyway_schema_history.description IS 'Migration description (from its file name).';
COMMENT ON COLUMN flyway_schema_history.type IS 'Migration type (SQL).';
COMMENT ON COLUMN flyway_schema_history.script IS 'File name of the migration.';
COMMENT ON COLUMN flyway_schema_history.checksum IS 'Checksum of the migration file when applied.';
COMMENT ON COLUMN flyway_schema_history.installed_by IS 'Database user that applied it.';
COMMENT ON COLUMN flyway_schema_history.installed_on IS 'When it was applied.';
COMMENT ON COLUMN flyway_schema_history.execution_time IS 'How long it took, in milliseconds.';
COMMENT ON COLUMN flyway_schema_history.success IS 'Whether it succeeded.';
/* [jooq ignore stop] */
