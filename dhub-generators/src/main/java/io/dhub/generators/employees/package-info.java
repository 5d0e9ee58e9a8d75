/** employees_db: departments, the staff with their roles and reporting lines, training programmes. */
package io.dhub.generators.employees;
