// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.persistence;

import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseState;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The case aggregate store. Lists and reports go through JdbcClient queries instead. */
public interface CaseRepository extends JpaRepository<Case, Long> {

    @Query("select count(c) > 0 from Case c where c.reportId = ?1 and c.person.personId = ?2")
    boolean existsForPerson(UUID reportId, UUID personId);

    /** Ids only: the sweep escalates each case in its own transaction. */
    @Query("select c.id from Case c where c.state in ?1 and c.deadlineDue < ?2 order by c.id")
    List<Long> idsDueBefore(Collection<CaseState> states, LocalDate day);

    List<Case> findByReportId(UUID reportId);

    @Query("select c.id from Case c where c.supervisingAuthority = id.netra.cases.domain.HolderType.KASN order by c.id")
    List<Long> idsSupervisedByKasn();
}
