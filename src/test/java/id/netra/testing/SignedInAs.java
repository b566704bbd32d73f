// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.testing;

import id.netra.identity.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * Runs a test method or every method of a class signed in as one of the {@link TestUsers}, with the principal a real
 * sign-in leaves (MockMvc requests without their own user take it too). {@code @SignedInAs(Role.ADMIN)} is the demo
 * account of that role, with its seeded scope; with a {@link #username()} it is a user without an account, with the
 * roles given (none at all with {@code {}}) and the scope of {@link #agency()} and {@link #region()}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = SignedInAs.Factory.class)
public @interface SignedInAs {

    /** The role of the demo account; with {@link #username()}, the roles of that user. */
    Role[] value();

    /** A user without an account instead of the demo account. */
    String username() default "";

    /** The agency the user without an account is limited to; empty for none. */
    String agency() default "";

    /** The region the user without an account is limited to; empty for none. */
    String region() default "";

    /** Builds the security context from {@link TestUsers}. */
    final class Factory implements WithSecurityContextFactory<SignedInAs> {

        @Override
        public SecurityContext createSecurityContext(SignedInAs annotation) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(user(annotation).authentication());
            return context;
        }

        static TestUsers.TestUser user(SignedInAs annotation) {
            if (annotation.username().isEmpty()) {
                if (annotation.value().length != 1 || !annotation.agency().isEmpty()
                        || !annotation.region().isEmpty()) {
                    throw new IllegalArgumentException("a demo account is named by its one role: " + annotation);
                }
                return TestUsers.demo(annotation.value()[0]);
            }
            return TestUsers.user(annotation.username(), annotation.value())
                    .agency(annotation.agency().isEmpty() ? null : annotation.agency())
                    .region(annotation.region().isEmpty() ? null : annotation.region());
        }
    }
}
