package se.ambassadorsportalen.organisation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.platform.security.Role;

/**
 * A login to the portal: a username, a PBKDF2 hash (never the password), the roles and the
 * language the user last chose. Linked to the person it belongs to.
 */
@Entity
@Table(name = "app_user")
public class UserAccount extends VersionedEntity {

    public static final String USERNAME_PATTERN = "[a-z0-9._-]{2,60}";

    @NotBlank(message = "{organisation.user.username.required}")
    @Pattern(regexp = USERNAME_PATTERN, message = "{organisation.user.username.pattern}")
    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    /** The language the user chose; null until they choose, meaning the organisation's default. */
    @Size(max = 8)
    @Column(length = 8)
    private String language;

    @Column(nullable = false)
    private boolean active = true;

    /** The account's own address, for an account without a person (the first admin gives one at setup). */
    @jakarta.validation.constraints.Email(message = "{organisation.person.email.invalid}")
    @Size(max = 200)
    @Column(length = 200)
    private String email;

    /** Changes whenever existing logins must stop counting; see {@link #endSessions()}. */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    /**
     * The person's key as the OpenID provider names them (employee number or e-mail, normalised),
     * written at the first sign-in through the provider; empty for accounts that never signed in so.
     */
    @Column(name = "sso_key", length = 200, unique = true)
    private String ssoKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {}

    public UserAccount(String username, String passwordHash, Person person) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.person = person;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public boolean isActiveAdmin() {
        return active && roles.contains(Role.ADMIN);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        endSessions();
    }

    /** Every browser session and remembered API password check of this account ends on its next request. */
    public void endSessions() {
        securityStamp++;
    }

    /** Links the account to the key the provider signs its person in by; the key is on no other account. */
    public void linkToProvider(String key) {
        this.ssoKey = key;
    }

    public String getSsoKey() {
        return ssoKey;
    }

    /**
     * Sets the roles the provider decides ({@code owned}) as {@code granted} says and leaves the
     * others as an admin set them; tells whether anything changed.
     */
    public boolean applyProviderRoles(Set<Role> owned, Set<Role> granted) {
        boolean changed = false;
        for (Role role : owned) {
            changed |= granted.contains(role) ? roles.add(role) : roles.remove(role);
        }
        return changed;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    public String getUsername() {
        return username;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    /** The language the user chose, or null when they never chose one. */
    public String getLanguage() {
        return language;
    }

    /** The language to speak to the user in: their own choice, else the organisation's default. */
    public String languageOr(String organisationDefault) {
        return language != null ? language : organisationDefault;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        if (this.active && !active) {
            endSessions();
        }
        this.active = active;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public String getDisplayName() {
        return person == null ? username : person.getDisplayName();
    }
}
