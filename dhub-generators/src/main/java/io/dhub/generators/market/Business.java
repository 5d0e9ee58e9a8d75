package io.dhub.generators.market;

import java.time.LocalDate;

/**
 * A business customer's enterprise as its market registers it ({@link Market#business}): its legal name
 * and constitution, the PAN it is taxed under (a proprietorship's is its owner's), its activity (a
 * NIC-2008 class and its name), its Udyam registration, the investment in plant and machinery or
 * equipment its MSME class counts, the GST rate of what it sells, the day it commenced and the share of
 * its sales that never reach a bank account (cash sales: its turnover is its banked receipts times this).
 */
public record Business(String legalName, String constitution, String pan, String nicCode, String industry,
                       String udyamNumber, LocalDate udyamRegistered, long investmentCents, int gstRate,
                       LocalDate commenced, double turnoverFactor, boolean prefersQuarterly) {
}
