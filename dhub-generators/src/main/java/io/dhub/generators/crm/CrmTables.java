package io.dhub.generators.crm;

import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.RowSink;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.LogicalDatabase;
import java.util.List;

/** Phase 3's tables, in foreign-key order: the customers' tables in one pass, and the campaigns. */
public final class CrmTables {
    public static final Table INTERACTIONS = Table.of(LogicalDatabase.CUSTOMER, "interactions",
            "interaction_id", "customer_id", "channel", "interaction_type", "handled_by", "interaction_date",
            "duration_minutes", "outcome", "notes");
    public static final Table SURVEYS = Table.of(LogicalDatabase.CUSTOMER, "satisfaction_surveys",
            "survey_id", "interaction_id", "customer_id", "survey_date", "nps_score", "satisfaction_rating",
            "comments");
    public static final Table COMPLAINTS = Table.of(LogicalDatabase.CUSTOMER, "complaints",
            "complaint_id", "customer_id", "complaint_type", "status", "priority", "filed_at", "resolved_at",
            "assigned_to", "description", "resolution");
    public static final Table CAMPAIGNS = Table.of(LogicalDatabase.CUSTOMER, "campaigns",
            "campaign_id", "campaign_code", "campaign_name", "campaign_type", "target_segment", "start_date",
            "end_date", "budget", "status");
    public static final Table RESPONSES = Table.of(LogicalDatabase.CUSTOMER, "campaign_responses",
            "response_id", "campaign_id", "customer_id", "response_date", "response_type", "converted",
            "conversion_value");

    private CrmTables() {
    }

    public static List<TableGroup> groups(Crm crm, Campaigns campaigns, long customers) {
        return List.of(
                TableGroup.single(CAMPAIGNS, campaigns.count(), (id, out) -> campaign(campaigns.launched(id), out)),
                TableGroup.perCustomer(customers, (k, rows) -> write(crm.of(k), rows), INTERACTIONS, SURVEYS,
                        COMPLAINTS, RESPONSES));
    }

    private static void write(Crm.CustomerCrm crm, TableGroup.Rows rows) {
        RowSink out = rows.to(INTERACTIONS);
        for (Crm.Contact c : crm.contacts()) {
            out.number(c.id()).number(c.customerId()).text(c.channel()).text(c.type()).number(c.handledBy())
                    .instant(c.at()).number(c.minutes()).text(c.outcome()).text(c.notes());
            out.endRow();
        }
        out = rows.to(SURVEYS);
        for (Crm.Survey s : crm.surveys()) {
            out.number(s.id()).number(s.interactionId()).number(s.customerId()).instant(s.at()).number(s.nps())
                    .number(s.stars()).text(s.comment());
            out.endRow();
        }
        Crm.Complaint c = crm.complaint();
        if (c != null) {
            out = rows.to(COMPLAINTS);
            out.number(c.id()).number(c.customerId()).text(c.type()).text(c.status()).text(c.priority())
                    .instant(c.filedAt()).instant(c.resolvedAt()).number(c.assignedTo()).text(c.description())
                    .text(c.resolution());
            out.endRow();
        }
        out = rows.to(RESPONSES);
        for (Crm.Response r : crm.responses()) {
            out.number(r.id()).number(r.campaignId()).number(r.customerId()).instant(r.at()).text(r.type())
                    .bool(r.converted()).decimal(r.conversionValue());
            out.endRow();
        }
    }

    private static void campaign(Campaigns.Launched l, RowSink out) {
        Campaigns.Campaign c = l.campaign();
        out.number(c.id()).text(l.code()).text(l.name()).text(c.type()).text(l.segment()).date(c.start())
                .date(c.end()).decimal(l.budget()).text(l.status());
        out.endRow();
    }
}
