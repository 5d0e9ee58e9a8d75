package io.dhub.generators.employees;

import io.dhub.generators.spi.Weighted;

/**
 * The HR domain's rules in one object, so that a profile can override them. {@link #DEFAULT} is the
 * specification's bank. Pay bands per role are in {@link Role}, scaled by the market.
 *
 * @param roleMix the mix of roles past the few every bank needs ({@link Role#REQUIRED})
 * @param status  active 90%, on leave 4%, terminated 6% (leaders and the core staff stay active)
 */
public record StaffRules(Weighted<Role> roleMix, Weighted<String> status) {
    public static final StaffRules DEFAULT = new StaffRules(
            Weighted.of(Role.CUSTOMER_SERVICE_REP, 18, Role.LOAN_OFFICER, 14, Role.TELLER, 12, Role.INSURANCE_AGENT, 9,
                    Role.FINANCIAL_ADVISOR, 8, Role.MANAGER, 8, Role.RISK_ANALYST, 7, Role.COMPLIANCE_OFFICER, 7,
                    Role.ANALYST, 6, Role.BRANCH_MANAGER, 5, Role.IT_SPECIALIST, 4, Role.HR_SPECIALIST, 2),
            Weighted.of("active", 90, "on_leave", 4, "terminated", 6));
}
