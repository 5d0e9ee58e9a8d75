package io.dhub.generators.development;

import io.dhub.generators.employees.Role;
import io.dhub.generators.spi.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * What a manager writes in an annual review: a verdict that follows the rating, the share of goals
 * met, what the employee did well in their own role, what to work on, and what comes next. Drawn
 * from a stream of the review's own, so the comments vary from review to review (thousands of
 * distinct texts in a bank of a thousand staff) while always agreeing with the rating.
 */
final class ReviewComments {
    /** The verdict opening the comment, by rating 1-5. */
    private static final List<List<String>> VERDICTS = List.of(
            List.of("Did not meet expectations this period.", "Fell short of the role's core expectations.",
                    "Performance this year was below the standard the role needs."),
            List.of("Partly met expectations.", "An uneven year, with some goals missed.",
                    "Met some expectations but not yet consistently."),
            List.of("Solid, steady performance.", "Met expectations across the core of the role.",
                    "A dependable year that delivered what was agreed.", "Consistent work, on plan for the year."),
            List.of("A strong year.", "Exceeded expectations on key goals.", "Delivered above plan in most areas.",
                    "Very good results, well ahead of where the year started."),
            List.of("An outstanding year.", "Exceptional results throughout the period.",
                    "Consistently exceeded every target set.", "Outstanding work, among the best in the team."));

    /** What the employee did well, by role. */
    private static final Map<Role, List<String>> STRENGTHS = Map.ofEntries(
            Map.entry(Role.EXECUTIVE, List.of("set a clear direction for the bank", "built a capable leadership team",
                    "kept the board and regulators well informed", "led the year's strategic priorities")),
            Map.entry(Role.MANAGER, List.of("kept the team focused on its priorities", "developed two team members for "
                    + "new roles", "ran the department's budget carefully", "handled a difficult reorganisation well")),
            Map.entry(Role.BRANCH_MANAGER, List.of("grew the branch's deposits", "kept the branch fully staffed",
                    "raised the branch's service scores", "ran clean branch audits")),
            Map.entry(Role.LOAN_OFFICER, List.of("kept a clean, well-documented loan file", "turned applications "
                    + "around quickly", "built good relationships with borrowers", "kept early delinquencies low")),
            Map.entry(Role.INSURANCE_AGENT, List.of("explained cover clearly to customers", "grew policy renewals",
                    "handled claims enquiries with care", "matched customers to the right cover")),
            Map.entry(Role.CUSTOMER_SERVICE_REP, List.of("resolved calls at the first contact", "stayed calm with "
                    + "upset customers", "kept call notes complete", "helped colleagues at busy times")),
            Map.entry(Role.COMPLIANCE_OFFICER, List.of("cleared alerts within their deadlines", "wrote clear, "
                    + "well-supported case notes", "kept the KYC refresh on schedule", "trained branches on new rules")),
            Map.entry(Role.RISK_ANALYST, List.of("built a sound model review", "flagged portfolio risks early",
                    "wrote clear risk reports", "improved the data behind the risk reports")),
            Map.entry(Role.TELLER, List.of("balanced the cash drawer accurately", "served customers quickly and "
                    + "warmly", "spotted a fraud attempt at the counter", "referred customers to advisers well")),
            Map.entry(Role.FINANCIAL_ADVISOR, List.of("grew assets under advice", "kept client reviews up to date",
                    "gave well-documented, suitable advice", "retained clients through a volatile market")),
            Map.entry(Role.ANALYST, List.of("automated a slow manual report", "delivered analyses on time",
                    "improved the accuracy of operational data", "supported the month-end close well")),
            Map.entry(Role.HR_SPECIALIST, List.of("filled open roles quickly", "ran a smooth review cycle",
                    "handled employee cases fairly", "improved onboarding for new staff")),
            Map.entry(Role.IT_SPECIALIST, List.of("kept systems available through the year", "delivered a migration "
                    + "on schedule", "resolved incidents quickly", "strengthened access controls")));

    /** What to work on, for any role. */
    private static final List<String> GROWTH = List.of("prioritising when work piles up", "sharing knowledge with "
            + "the team", "documenting decisions", "planning ahead for busy periods", "speaking up earlier about "
            + "problems", "following procedures to the letter", "time management", "delegating more");

    /** What comes next, by rating 1-5. */
    private static final List<List<String>> NEXT = List.of(
            List.of("A development plan with monthly check-ins is agreed.", "A formal improvement plan starts now.",
                    "Progress will be reviewed again in three months."),
            List.of("A development plan for the coming year is agreed.", "Needs closer support in the coming year.",
                    "Quarterly check-ins are agreed to track progress."),
            List.of("Goals for next year are agreed.", "On track in the role.", "Next year: take on one stretch goal."),
            List.of("Ready for broader responsibilities.", "A candidate for the next step up.",
                    "Recommended for the advanced training programme."),
            List.of("Ready for promotion.", "Recommended for the leadership programme.",
                    "A role model for the team."));

    private ReviewComments() {
    }

    /** The comment of a review of the given rating (1-5) and share of goals met, by an employee in the role. */
    static String write(Role role, int rating, BigDecimal goalsMet, Rng rng) {
        int r = Math.max(1, Math.min(5, rating)) - 1;
        StringBuilder s = new StringBuilder(rng.pick(VERDICTS.get(r)));
        s.append(" Met ").append(goalsMet.setScale(0, RoundingMode.HALF_EVEN).toPlainString())
                .append("% of the year's goals.");
        List<String> strengths = STRENGTHS.getOrDefault(role, STRENGTHS.get(Role.ANALYST));
        if (r >= 1) {
            s.append(" This year they ").append(rng.pick(strengths));
            s.append('.');
        }
        if (r <= 3) {
            s.append(" To work on: ").append(rng.pick(GROWTH)).append('.');
        }
        s.append(' ').append(rng.pick(NEXT.get(r)));
        return s.toString();
    }
}
