/** employees_db, phase 4: training enrolments, performance reviews and employee assignments. */
package io.dhub.generators.development;
