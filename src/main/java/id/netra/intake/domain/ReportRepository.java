// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reports as aggregates; list and search queries go through JdbcClient instead. */
public interface ReportRepository extends JpaRepository<Report, UUID> {

    Optional<Report> findBySourceSystemAndExternalId(String sourceSystem, String externalId);

    List<Report> findBySourceSystemOrderByExternalId(String sourceSystem);
}
