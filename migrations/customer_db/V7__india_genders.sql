-- customer_db V7: the genders a bank of India records. Its forms ask for male, female or third
-- gender (transgender; RBI had banks add it to their forms in 2015), and KYC leaves no gender
-- undisclosed. A bank seeded in India stores the third gender as the schema's non_binary, at the
-- Census 2011's 0.04%; `dhub seed verify` holds each market to its mix (dist.genders). Description only.
COMMENT ON COLUMN customer_profiles.gender IS 'female, male, non_binary or undisclosed (the rules'' mix 49/49/1/1 [chosen]); in India non_binary records the third gender (transgender) of Indian bank forms, 0.04% as in the Census 2011, and none is undisclosed.';
