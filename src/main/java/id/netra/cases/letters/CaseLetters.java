// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.letters;

import id.netra.cases.application.CaseAccess;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.policy.CaseScopePolicy.Visibility;
import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves a case's letters to users who see the case in full. Letters name the civil servant, so analysts, who see
 * cases pseudonymised, get 404 like anyone outside the case's scope.
 */
@Service
public class CaseLetters {

    private final CurrentUserProvider users;
    private final CaseAccess access;
    private final LetterStore letters;

    CaseLetters(CurrentUserProvider users, CaseAccess access, LetterStore letters) {
        this.users = users;
        this.access = access;
        this.letters = letters;
    }

    /** A stored letter, for attaching to notifications (no access check: system use only). */
    public record IssuedLetter(String number, String sha256, byte[] content) {
    }

    @Transactional(readOnly = true)
    public java.util.Optional<IssuedLetter> latest(long caseId, LetterKind kind) {
        return letters.latest(caseId, kind);
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long caseId, int sequence) {
        CurrentUser user = users.require();
        Case c = access.visibleCase(user, caseId);
        if (access.visibility(user, c) != Visibility.FULL) {
            throw new NotFoundException("letter " + sequence + " of case " + caseId);
        }
        return letters.content(caseId, sequence)
                .orElseThrow(() -> new NotFoundException("letter " + sequence + " of case " + caseId));
    }
}
