package io.dhub.generators.crm;

import io.dhub.generators.load.TableSource;
import io.dhub.schema.LogicalDatabase;
import java.util.List;

/** Phase 3's tables, in foreign-key order. */
public final class CrmTables {
    private CrmTables() {
    }

    public static List<TableSource> tables(Crm crm, Campaigns campaigns, long customers) {
        return List.of(
                new TableSource(LogicalDatabase.CUSTOMER, "interactions",
                        List.of("interaction_id", "customer_id", "channel", "interaction_type", "handled_by",
                                "interaction_date", "duration_minutes", "outcome", "notes"),
                        customers, (from, to, out) -> {
                            for (long k = from; k < to; k++) {
                                crm.writeInteractions(k, out);
                            }
                        }),
                new TableSource(LogicalDatabase.CUSTOMER, "satisfaction_surveys",
                        List.of("survey_id", "interaction_id", "customer_id", "survey_date", "nps_score",
                                "satisfaction_rating", "comments"),
                        customers, (from, to, out) -> {
                            for (long k = from; k < to; k++) {
                                crm.writeSurveys(k, out);
                            }
                        }),
                new TableSource(LogicalDatabase.CUSTOMER, "complaints",
                        List.of("complaint_id", "customer_id", "complaint_type", "status", "priority", "filed_at",
                                "resolved_at", "assigned_to", "description", "resolution"),
                        customers, (from, to, out) -> {
                            for (long k = from; k < to; k++) {
                                crm.writeComplaint(k, out);
                            }
                        }),
                new TableSource(LogicalDatabase.CUSTOMER, "campaigns",
                        List.of("campaign_id", "campaign_code", "campaign_name", "campaign_type", "target_segment",
                                "start_date", "end_date", "budget", "status"),
                        campaigns.count(), (from, to, out) -> {
                            for (long id = from; id < to; id++) {
                                campaigns.write(id, out);
                            }
                        }),
                new TableSource(LogicalDatabase.CUSTOMER, "campaign_responses",
                        List.of("response_id", "campaign_id", "customer_id", "response_date", "response_type",
                                "converted", "conversion_value"),
                        customers, (from, to, out) -> {
                            for (long k = from; k < to; k++) {
                                crm.writeResponses(k, out);
                            }
                        }));
    }
}
