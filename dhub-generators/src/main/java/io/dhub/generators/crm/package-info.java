/**
 * customer_db's CRM: interactions with their channel mix, satisfaction surveys, complaints,
 * campaigns and the customers who respond to them.
 */
package io.dhub.generators.crm;
