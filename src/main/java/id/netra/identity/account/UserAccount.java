// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.identity.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/**
 * A staff account. Removed accounts are kept (soft delete) so that audit entries naming them stay meaningful; the
 * restriction hides them from every query.
 */
@Entity
@Table(name = "user_account", schema = "identity")
@SQLRestriction("deleted_at is null")
public class UserAccount {

    @Id
    private UUID id;

    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private String agencyCode;
    private String regionCode;
    private boolean enabled;
    private boolean synthetic;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", schema = "identity", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    private Instant deletedAt;
    private String deletedBy;
    private Instant deactivatedAt;
    private String deactivatedBy;

    /** Written by {@link SignInRecorder} with a plain UPDATE, so that a sign-in never collides with an edit. */
    @Column(insertable = false, updatable = false)
    private Instant lastSignedInAt;

    @Version
    private Long version;

    protected UserAccount() {
        // for JPA
    }

    UserAccount(NewUserAccount request, String passwordHash, Instant now, String actor) {
        this.id = UUID.randomUUID();
        this.username = request.username();
        this.displayName = request.displayName();
        this.email = request.email();
        this.passwordHash = passwordHash;
        this.agencyCode = request.agencyCode();
        this.regionCode = request.regionCode();
        this.roles = EnumSet.copyOf(request.roles());
        this.enabled = true;
        this.synthetic = request.synthetic();
        this.createdAt = now;
        this.createdBy = actor;
    }

    void disable(Instant now, String actor) {
        this.enabled = false;
        touched(now, actor);
    }

    /** Soft: the account stays listed and can be reactivated; {@link NetraUserDetails} refuses its sign-in. */
    void deactivate(Instant now, String actor) {
        this.enabled = false;
        this.deactivatedAt = now;
        this.deactivatedBy = actor;
        touched(now, actor);
    }

    void reactivate(Instant now, String actor) {
        this.enabled = true;
        this.deactivatedAt = null;
        this.deactivatedBy = null;
        touched(now, actor);
    }

    /** One role per administered account: the access rules read one scope, which belongs to one role. */
    void change(AccountDetails details, Instant now, String actor) {
        this.displayName = details.displayName();
        this.email = details.email();
        this.roles = EnumSet.of(details.role());
        this.agencyCode = details.agencyCode();
        this.regionCode = details.regionCode();
        touched(now, actor);
    }

    void changePassword(String passwordHash, Instant now, String actor) {
        this.passwordHash = passwordHash;
        touched(now, actor);
    }

    void remove(Instant now, String actor) {
        this.enabled = false;
        this.deletedAt = now;
        this.deletedBy = actor;
        touched(now, actor);
    }

    private void touched(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean synthetic() {
        return synthetic;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    public String deactivatedBy() {
        return deactivatedBy;
    }

    public Instant lastSignedInAt() {
        return lastSignedInAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
