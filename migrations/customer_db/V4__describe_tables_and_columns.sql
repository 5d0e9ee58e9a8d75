-- Every table and column of customer_db described (issue 28): what a row is, units and currency, allowed
-- values, the rule that fills it, and where a column that names another row points (→ database.table.column).
-- DataHub, psql \d+ and other catalogs read these comments. Columns described by an earlier migration keep theirs.

COMMENT ON TABLE campaign_responses IS 'Responses to campaigns: 5% of the customers who could respond (a campaign ran while they were customers and they opted in to marketing) respond to 1-2 campaigns, at most once each, mostly to campaigns aimed at their segment. Written by phase 3.';
COMMENT ON COLUMN campaign_responses.response_id IS 'Response number: customer k''s are 2k + r.';
COMMENT ON COLUMN campaign_responses.campaign_id IS 'The campaign → customer_db.campaigns.campaign_id.';
COMMENT ON COLUMN campaign_responses.customer_id IS 'The customer who responded → customer_db.customer_profiles.customer_id.';
COMMENT ON COLUMN campaign_responses.response_date IS 'When the customer responded, while the campaign ran.';
COMMENT ON COLUMN campaign_responses.response_type IS 'opened, clicked, replied or unsubscribed, as the campaign''s channel allows.';
COMMENT ON COLUMN campaign_responses.converted IS 'Whether the response led to a sale.';
COMMENT ON COLUMN campaign_responses.conversion_value IS 'Value of the sale in the market''s currency (set exactly when converted), above 0.';

COMMENT ON TABLE campaigns IS 'The bank''s marketing campaigns, 10-15, by quota email 40%, digital 30%, cross_sell 20%, direct_mail 10%, each with its target segment, dates, budget and status. Written by phase 3.';
COMMENT ON COLUMN campaigns.campaign_id IS 'Campaign number, assigned by dhub.';
COMMENT ON COLUMN campaigns.campaign_code IS 'Short code of the campaign, unique.';
COMMENT ON COLUMN campaigns.campaign_name IS 'Name of the campaign, unique.';
COMMENT ON COLUMN campaigns.campaign_type IS 'email, digital, cross_sell or direct_mail.';
COMMENT ON COLUMN campaigns.target_segment IS 'The segment aimed at (retail, premium, business, private_banking); null for everyone.';
COMMENT ON COLUMN campaigns.start_date IS 'First day of the campaign.';
COMMENT ON COLUMN campaigns.end_date IS 'Last day of the campaign, on or after start_date (may lie after the as-of date).';
COMMENT ON COLUMN campaigns.budget IS 'Budget in the market''s currency, at least 0.';
COMMENT ON COLUMN campaigns.status IS 'planned, active or completed, by its dates against the as-of date.';

COMMENT ON TABLE complaints IS 'Complaints: 8% of customers file one; service 35%, fee 25%, product 20%, fraud 10%, other 10%; resolved 60%, investigating 20%, closed 15%, open 5%. Written by phase 3.';
COMMENT ON COLUMN complaints.complaint_id IS 'Complaint number: customer k''s is k.';
COMMENT ON COLUMN complaints.customer_id IS 'The customer who complained → customer_db.customer_profiles.customer_id.';
COMMENT ON COLUMN complaints.complaint_type IS 'service, fee, product, fraud or other (fee and fraud only from account holders).';
COMMENT ON COLUMN complaints.status IS 'resolved, investigating, closed or open (open ones filed in the last three weeks, those under investigation in the last two months).';
COMMENT ON COLUMN complaints.priority IS 'low, medium, high or critical.';
COMMENT ON COLUMN complaints.filed_at IS 'When the complaint was filed.';
COMMENT ON COLUMN complaints.resolved_at IS 'When it was resolved or closed (set exactly for those statuses), after filed_at.';
COMMENT ON COLUMN complaints.assigned_to IS 'The employee handling it → employees_db.employees.employee_id.';
COMMENT ON COLUMN complaints.description IS 'What the customer complains of, filled in with the customer''s products and amounts.';
COMMENT ON COLUMN complaints.resolution IS 'How it was resolved; null while open.';

COMMENT ON TABLE customer_profiles IS 'The CRM view of each customer: one row per customer of accounts_db.customers (same customer_id), with name, contact, birth date, home (a real city of the market with one of its postal codes and the phone area code of that city), occupation, income, segment, preferred channel, time zone and home branch. Written by phase 2.';
COMMENT ON COLUMN customer_profiles.customer_id IS 'The customer, the bank-wide customer number: the same customer as → accounts_db.customers.customer_id.';
COMMENT ON COLUMN customer_profiles.first_name IS 'Given name, drawn for the customer''s sex and birth decade from the market''s name lists. Personal data.';
COMMENT ON COLUMN customer_profiles.last_name IS 'Family name, drawn by the market''s surname frequencies. Personal data.';
COMMENT ON COLUMN customer_profiles.email IS 'Personal e-mail address, unique. Personal data.';
COMMENT ON COLUMN customer_profiles.phone IS 'Phone number in the market''s format, with an area code of the home city (US: (AAA) NNN-NNNN); unique across customers and staff. Personal data.';
COMMENT ON COLUMN customer_profiles.date_of_birth IS 'Date of birth: an adult (18 or over) when the customer joined, ages from the market''s adult age pyramid. Personal data.';
COMMENT ON COLUMN customer_profiles.gender IS 'female, male, non_binary or undisclosed.';
COMMENT ON COLUMN customer_profiles.address_line IS 'Street address of the home. Personal data.';
COMMENT ON COLUMN customer_profiles.city IS 'Home city: a real city of the market, drawn by population.';
COMMENT ON COLUMN customer_profiles.state IS 'State (or region) of the home city, as the market writes it (a two-letter code in the US).';
COMMENT ON COLUMN customer_profiles.postal_code IS 'Postal code of the home: one of the home city''s codes (a ZIP code in the US). Personal data.';
COMMENT ON COLUMN customer_profiles.country IS 'ISO 3166-1 alpha-2 code of the home country: the market''s.';
COMMENT ON COLUMN customer_profiles.occupation IS 'Job title (from the market''s occupation list, following age and segment), Retired or Student; null when unknown.';
COMMENT ON COLUMN customer_profiles.annual_income IS 'Yearly income in the market''s currency, following age, occupation and segment; 0 for none.';
COMMENT ON COLUMN customer_profiles.segment IS 'retail (60%), premium (25%), business (10%) or private_banking (5%); under-25s are retail.';
COMMENT ON COLUMN customer_profiles.preferred_channel IS 'How the customer prefers to be contacted: phone, email, web, mobile_app or branch.';
COMMENT ON COLUMN customer_profiles.marketing_opt_in IS 'Whether the customer agreed to marketing; only customers who did respond to campaigns.';
COMMENT ON COLUMN customer_profiles.created_at IS 'When the CRM record was created: the day the customer joined (accounts_db.customers.customer_since).';
COMMENT ON COLUMN customer_profiles.time_zone IS 'IANA time zone of the home city (e.g. America/New_York); every local time of the customer''s activity follows it.';
COMMENT ON COLUMN customer_profiles.home_branch_code IS 'The branch nearest the home city → employees_db.branches.branch_code.';

COMMENT ON TABLE interactions IS 'Contacts between a customer and the bank: 0-5 per customer, by phone (30%), email (25%), web (20%), mobile_app (15%) or branch (10%), each at a local time its channel allows, 80% handled by an employee who worked at the bank that day. Written by phase 3 (CRM).';
COMMENT ON COLUMN interactions.interaction_id IS 'Interaction number: customer k''s are 8k + i.';
COMMENT ON COLUMN interactions.customer_id IS 'The customer → customer_db.customer_profiles.customer_id.';
COMMENT ON COLUMN interactions.channel IS 'phone, email, web, mobile_app or branch.';
COMMENT ON COLUMN interactions.interaction_type IS 'inquiry, support, account_service, sales, complaint or feedback.';
COMMENT ON COLUMN interactions.handled_by IS 'The employee who handled it (branch staff for a branch visit, customer service otherwise) → employees_db.employees.employee_id; null when nobody did (self-service).';
COMMENT ON COLUMN interactions.interaction_date IS 'When the contact started, at a local time of its channel (branch and phone in opening hours, online in waking hours).';
COMMENT ON COLUMN interactions.duration_minutes IS 'Length of the contact in minutes, by channel (0-600).';
COMMENT ON COLUMN interactions.outcome IS 'resolved, escalated, follow_up or no_action.';
COMMENT ON COLUMN interactions.notes IS 'What was discussed, filled in with the customer''s products, the channel, amounts and days.';

COMMENT ON TABLE satisfaction_surveys IS 'Satisfaction surveys: 30% of interactions are surveyed, answered within three days; NPS 0-10 leaning positive and stars 1-5 following it (correlation about 0.8); half carry a comment. Written by phase 3.';
COMMENT ON COLUMN satisfaction_surveys.survey_id IS 'Survey number: the id of the interaction it follows.';
COMMENT ON COLUMN satisfaction_surveys.interaction_id IS 'The interaction surveyed (one survey at most) → customer_db.interactions.interaction_id.';
COMMENT ON COLUMN satisfaction_surveys.customer_id IS 'The customer who answered → customer_db.customer_profiles.customer_id.';
COMMENT ON COLUMN satisfaction_surveys.survey_date IS 'When the survey was answered: within three days of the contact''s end.';
COMMENT ON COLUMN satisfaction_surveys.nps_score IS 'Net promoter score, 0-10 (4 points lower after the customer''s complaint).';
COMMENT ON COLUMN satisfaction_surveys.satisfaction_rating IS 'Stars, 1-5, following the NPS with some noise.';
COMMENT ON COLUMN satisfaction_surveys.comments IS 'The customer''s comment, in words that fit the score; null for half.';

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
