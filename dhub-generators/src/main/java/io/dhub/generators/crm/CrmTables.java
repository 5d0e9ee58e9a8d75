package io.dhub.generators.crm;

import io.dhub.generators.load.TableSource;
import io.dhub.schema.LogicalDatabase;
import java.util.List;

/** Phase 3's tables, in foreign-key order. */
public final class CrmTables {
    private CrmTables() {
    }

    public static List<TableSource> tables(Crm crm, Campaigns campaigns, long customers) {
        LogicalDatabase db = LogicalDatabase.CUSTOMER;
        return List.of(
                TableSource.perEntity(db, "interactions", customers, crm::writeInteractions, "interaction_id",
                        "customer_id", "channel", "interaction_type", "handled_by", "interaction_date",
                        "duration_minutes", "outcome", "notes"),
                TableSource.perEntity(db, "satisfaction_surveys", customers, crm::writeSurveys, "survey_id",
                        "interaction_id", "customer_id", "survey_date", "nps_score", "satisfaction_rating", "comments"),
                TableSource.perEntity(db, "complaints", customers, crm::writeComplaint, "complaint_id", "customer_id",
                        "complaint_type", "status", "priority", "filed_at", "resolved_at", "assigned_to", "description",
                        "resolution"),
                TableSource.perEntity(db, "campaigns", campaigns.count(), campaigns::write, "campaign_id",
                        "campaign_code", "campaign_name", "campaign_type", "target_segment", "start_date", "end_date",
                        "budget", "status"),
                TableSource.perEntity(db, "campaign_responses", customers, crm::writeResponses, "response_id",
                        "campaign_id", "customer_id", "response_date", "response_type", "converted", "conversion_value"));
    }
}
