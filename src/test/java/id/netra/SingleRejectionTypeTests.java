// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.shared.Decision;
import id.netra.shared.PolicyRejectedException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Netra says no one way: a policy returns a {@link Decision}, and {@link PolicyRejectedException} carries a rejection
 * to the client. A second rejection exception, or a second verdict type beside {@code Decision}, fails here; so does
 * any new exception type until it is listed below with the reason it is not a "no".
 */
class SingleRejectionTypeTests {

    /** Exceptions that do not say no to a request, each with why. */
    static final Map<String, String> NOT_REJECTIONS = Map.of(
            "id.netra.shared.NotFoundException", "404: the record is absent (or hidden); nothing was decided",
            "id.netra.shared.ConflictException", "409: someone else changed the record meanwhile",
            "id.netra.intake.tracking.UnknownReceiptException", "404 for a receipt, deliberately saying nothing more",
            "id.netra.intake.evidence.CorruptEvidenceException",
            "a file's broken structure met while cleaning it; the inspector answers it as a rejection",
            "id.netra.identity.account.SignInThrottledException",
            "Spring Security's LockedException, so the sign-in form shows the throttle",
            "id.netra.identity.token.InvalidApiTokenException",
            "Spring Security's AuthenticationException for a bearer token that does not sign in; the API's entry point "
                    + "answers it with the same 401 for every such token",
            "id.netra.cases.notify.MailNotSent", "the mail server did not take an e-mail; it is retried",
            "id.netra.survey.estimation.DesignException",
            "the estimation engine's failure in its arithmetic; it carries a Decision.Reason and becomes a "
                    + "PolicyRejectedException at the survey module's boundary");

    /**
     * Names of the shapes the single vocabulary replaced: verdicts, rule checks, rule violations, rejected or refused
     * exceptions and results ("violation" alone is the domain's word for a breach of neutrality, and stays).
     */
    static final Pattern REJECTION_SHAPE = Pattern.compile(
            ".*(Rejected|Rejection|Refused|Refusal|Verdict|RuleCheck|RuleViolation).*");

    /** The vocabulary itself. */
    static final Set<String> VOCABULARY = Set.of(PolicyRejectedException.class.getName(),
            PolicyRejectedException.Kind.class.getName(), Decision.Rejected.class.getName());

    @Test
    void theApplication_saysNoOnlyWithDecisionAndPolicyRejectedException() throws Exception {
        List<Class<?>> main = applicationClasses();

        assertThat(main).as("the application's classes were found").hasSizeGreaterThan(100);
        assertThat(offenders(main)).as("say no with Decision and PolicyRejectedException").isEmpty();
        assertThat(NOT_REJECTIONS.keySet()).as("listed exceptions that no longer exist")
                .allMatch(name -> main.stream().anyMatch(type -> type.getName().equals(name)));
    }

    @Test
    void aNewRejectionExceptionOrVerdict_isFound() {
        List<Class<?>> planted = List.of(PlantedRejectedException.class, Verdict.class, PlantedFailure.class,
                PolicyRejectedException.class, Decision.Rejected.class, NetraApplication.class);

        assertThat(offenders(planted)).containsExactlyInAnyOrder(
                PlantedRejectedException.class.getName() + " is a new exception type",
                PlantedRejectedException.class.getName() + " is named like a second way to say no",
                Verdict.class.getName() + " is named like a second way to say no",
                PlantedFailure.class.getName() + " is a new exception type");
    }

    static List<String> offenders(Collection<Class<?>> classes) {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : classes) {
            if (VOCABULARY.contains(type.getName())) {
                continue;
            }
            if (Throwable.class.isAssignableFrom(type) && !NOT_REJECTIONS.containsKey(type.getName())) {
                offenders.add(type.getName() + " is a new exception type");
            }
            if (REJECTION_SHAPE.matcher(type.getSimpleName()).matches()) {
                offenders.add(type.getName() + " is named like a second way to say no");
            }
        }
        return offenders;
    }

    /** Every class compiled from src/main (nested ones included), loaded without running its initialisers. */
    private static List<Class<?>> applicationClasses() throws IOException, URISyntaxException {
        Path root = Path.of(NetraApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassLoader loader = SingleRejectionTypeTests.class.getClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("id/netra"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.endsWith("package-info")) {
                    continue;
                }
                try {
                    classes.add(Class.forName(name, false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load " + name, e);
                }
            }
        }
        return classes;
    }

    /** What a module might add instead of a Decision; found by the test above. */
    static class PlantedRejectedException extends RuntimeException {
    }

    record Verdict(boolean allowed, String messageKey) {
    }

    static class PlantedFailure extends IllegalStateException {
    }
}
