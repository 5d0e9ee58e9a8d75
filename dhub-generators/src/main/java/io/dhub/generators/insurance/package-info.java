/**
 * Phase 6, insurance: policies, coverages, beneficiaries, claims and premium payments. The policy
 * book (who holds what, premiums, claims) is built in the customers' phase, because the ledgers carry
 * its money; phase 6 adds the staff, the beneficiaries and what the loans' collateral tells.
 */
package io.dhub.generators.insurance;
