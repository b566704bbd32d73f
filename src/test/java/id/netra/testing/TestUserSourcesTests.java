// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.testing;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.identity.demo.DemoAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tests get their users from {@link TestUsers} (and {@link SignedInAs}) only: no other test source makes a
 * {@code CurrentUser} by hand, signs in with a literal name and password, uses Spring's mock-user annotation or
 * mock-user request post-processor, or repeats the demo password. The patterns are built from pieces so that this
 * file does not match itself.
 */
class TestUserSourcesTests {

    private static final Path TEST_SOURCES = Path.of("src", "test", "java");
    private static final String FIXTURE = "id/netra/testing/TestUsers.java";

    /** Each way a test could make a user of its own, as shown in the message and as matched. */
    private static final List<Rule> FORBIDDEN = List.of(
            Rule.literal("@With" + "MockUser"),
            Rule.literal("httpBasic" + "(\""),
            Rule.literal("new Current" + "User("),
            Rule.literal("\"" + DemoAccounts.PASSWORD + "\""),
            new Rule("user" + "(...).roles(", Pattern.compile("(?<![\\w.])user\\([^()]*\\)\\s*\\.roles\\(")));

    private record Rule(String shown, Pattern pattern) {

        static Rule literal(String text) {
            return new Rule(text, Pattern.compile(Pattern.quote(text)));
        }
    }

    @Test
    void noTestSource_makesItsOwnUsers() throws IOException {
        List<String> scanned = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(file -> {
                String name = TEST_SOURCES.relativize(file).toString().replace('\\', '/');
                scanned.add(name);
                violations.addAll(violations(name, read(file)));
            });
        }

        assertThat(scanned).as("the test sources were found").contains(FIXTURE).hasSizeGreaterThan(100);
        assertThat(violations).as("test users made outside the fixture").isEmpty();
    }

    @Test
    void theRule_findsEachWay_andSparesTheFixture() {
        String sample = String.join("\n",
                "@With" + "MockUser(roles = \"ADMIN\")",
                "mvc.perform(get(\"/\").with(httpBasic" + "(\"admin\", \"x\")));",
                "CurrentUser user = new Current" + "User(\"a\", Set.of(), null, null);",
                "browser.signIn(\"admin\", \"" + DemoAccounts.PASSWORD + "\");",
                "mvc.perform(get(\"/\").with(user" + "(\"analis\").roles(\"ANALYST\")));");

        assertThat(violations("id/netra/x/SomeIntegrationTests.java", sample)).hasSize(5)
                .allSatisfy(message -> assertThat(message).startsWith("id/netra/x/SomeIntegrationTests.java:")
                        .contains(FIXTURE));
        assertThat(violations("id/netra/x/SomeTests.java",
                "TestUsers.user(\"dual\", Role.ADMIN).principal(); TestUsers.ADMIN.basic(); status().isOk();"))
                .isEmpty();
        assertThat(violations(FIXTURE, sample)).isEmpty();
    }

    /** One message per offending line, naming the file and line and pointing to the fixture. */
    static List<String> violations(String name, String source) {
        if (name.equals(FIXTURE)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Rule rule : FORBIDDEN) {
                if (rule.pattern().matcher(lines[i]).find()) {
                    found.add(name + ":" + (i + 1) + " has " + rule.shown() + "; take the user from " + FIXTURE
                            + " (TestUsers.ADMIN.basic(), .principal(), .currentUser(), @SignedInAs, "
                            + "TestUsers.ppk(\"name\").agency(...), TestUsers.demoPassword())");
                }
            }
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
