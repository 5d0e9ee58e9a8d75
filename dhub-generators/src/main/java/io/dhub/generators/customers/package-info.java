/**
 * customer_db and accounts_db: customers (one person, two views: the CRM profile and the banking
 * record), their accounts, the links between accounts and people, and each account's ledger.
 * Everything a customer owns comes from that customer's own streams, so customer #k is the same
 * at every scale.
 */
package io.dhub.generators.customers;
