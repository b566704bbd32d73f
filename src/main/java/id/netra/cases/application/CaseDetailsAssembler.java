// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.deadline.DaysLeft;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseBlock;
import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.CaseCustody;
import id.netra.cases.domain.CaseNumber;
import id.netra.cases.domain.CaseTransition;
import id.netra.cases.domain.Deadline;
import id.netra.cases.domain.ReportedPerson;
import id.netra.cases.domain.policy.CaseActionGuard;
import id.netra.identity.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the {@link CaseDetails} one user may see; pseudonymised views drop the NIP and every free text. */
@Component
class CaseDetailsAssembler {

    private final CaseActionGuard guard;
    private final DaysLeft daysLeft;
    private final Pseudonymizer pseudonyms;

    CaseDetailsAssembler(CaseActionGuard guard, DaysLeft daysLeft, Pseudonymizer pseudonyms) {
        this.guard = guard;
        this.daysLeft = daysLeft;
        this.pseudonyms = pseudonyms;
    }

    CaseDetails assemble(CurrentUser user, Case c, boolean pseudonymised, LocalDate today,
            List<CaseDetails.Letter> letters) {
        Deadline deadline = c.deadline();
        List<String> allowed = guard.allowedActions(user, c).stream().map(CaseAction::apiName).toList();
        CaseCustody holder = c.currentCustody();
        return new CaseDetails(c.id(), CaseNumber.of(c), c.reportId(), c.electionCode(), c.regionCode(),
                person(c.person(), pseudonymised), c.violationCode(), name(c.proposedLevel()), c.state().name(),
                deadline == null ? null : deadline.due(), deadline == null ? null : deadline.stage().name(),
                deadline == null ? null : deadline.unit().name(),
                deadline == null ? null : daysLeft.until(deadline, today), name(c.supervisingAuthority()),
                holder(holder), decision(c, pseudonymised), appeal(c), leftService(c), allowed,
                c.transitions().stream().map(t -> entry(t, pseudonymised)).toList(),
                c.custodyHistory().stream().map(CaseDetailsAssembler::holder).toList(),
                pseudonymised ? List.of() : letters, pseudonymised, c.version(), c.occurredOn(),
                deadline == null ? null : name(deadline.basis()),
                c.activeBlock().map(b -> block(b, pseudonymised)).orElse(null), c.blockDueSince(),
                c.blocks().stream().map(b -> block(b, pseudonymised)).toList(), c.categoryCode(),
                name(c.outcomeReason()), name(c.route()));
    }

    private CaseDetails.Person person(ReportedPerson p, boolean pseudonymised) {
        if (pseudonymised) {
            return new CaseDetails.Person(pseudonyms.pseudonym(p.nip(), p.personId()), null, p.agencyCode(),
                    p.agencyName(), p.positionClass(), null, name(p.employment()), p.areaHead(),
                    p.actingRegionalHead());
        }
        return new CaseDetails.Person(p.name(), p.nip(), p.agencyCode(), p.agencyName(), p.positionClass(),
                p.positionTitle(), name(p.employment()), p.areaHead(), p.actingRegionalHead());
    }

    private static CaseDetails.Decision decision(Case c, boolean pseudonymised) {
        var d = c.decision();
        return d == null ? null : new CaseDetails.Decision(d.sanctionCode(), d.level().name(),
                pseudonymised ? null : d.decreeNumber(), d.decreeDate(), d.lighterThanMapped(),
                pseudonymised ? null : d.justification(), d.outsideCatalogue(), d.skbMappingApplicable());
    }

    private static CaseDetails.Block block(CaseBlock b, boolean pseudonymised) {
        return new CaseDetails.Block(b.blockedOn(), pseudonymised ? null : b.siasnReference(), b.blockedBy(),
                b.unblockedOn(), pseudonymised ? null : b.unblockReference());
    }

    private static CaseDetails.Appeal appeal(Case c) {
        var a = c.appeal();
        return a == null ? null : new CaseDetails.Appeal(a.kind().name(), a.filedOn(), name(a.outcome()),
                a.decisionNumber(), a.decidedOn());
    }

    private static CaseDetails.LeftService leftService(Case c) {
        return c.leftServiceKind() == null ? null
                : new CaseDetails.LeftService(c.leftServiceKind().name(), c.leftServiceOn());
    }

    private static CaseDetails.TimelineEntry entry(CaseTransition t, boolean pseudonymised) {
        return new CaseDetails.TimelineEntry(t.at(), t.action().key(), name(t.from()), t.to().name(), t.actor(),
                pseudonymised ? null : t.reason(), pseudonymised ? List.of() : t.documentRefs(), t.effectiveOn());
    }

    private static CaseDetails.Holder holder(CaseCustody h) {
        return new CaseDetails.Holder(h.holderType().name(), h.holderCode(), h.since(), h.until(), h.cause().key());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
