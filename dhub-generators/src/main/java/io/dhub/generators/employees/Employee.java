package io.dhub.generators.employees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of employees_db.employees. */
public record Employee(long id, String number, String firstName, String lastName, String email, String phone,
                       long departmentId, Role role, String jobTitle, Long managerId, String branchCode,
                       LocalDate hireDate, BigDecimal salary, String status, LocalDate terminationDate,
                       OffsetDateTime createdAt) {
}
