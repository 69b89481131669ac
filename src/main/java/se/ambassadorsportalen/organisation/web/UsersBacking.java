package se.ambassadorsportalen.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import se.ambassadorsportalen.organisation.boundary.ApiTokens;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.boundary.UserAccounts;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;
import se.ambassadorsportalen.platform.web.PickedById;

/** Admin page for accounts: create one, grant and revoke roles, deactivate, reset a password, end sessions, revoke tokens. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAccounts accounts;

    @Inject
    Organisation organisation;

    /** The reader's language, for the alphabet of the menus and pickers. */
    @Inject
    se.ambassadorsportalen.platform.web.Language userLanguage;

    @Inject
    ApiTokens tokens;

    private LazyPage<UserAccount> users;
    private Long id;
    private long version;
    private String username;
    private String password;
    private final PickedById<Person> person = PickedById.of(id -> this.organisation.person(id));
    private List<String> roles = new ArrayList<>(List.of(Role.EMPLOYEE.name()));
    private boolean active = true;
    private List<TokenRow> accountTokens = List.of();

    @PostConstruct
    void init() {
        users = LazyPage.of(request -> accounts.accounts(request));
    }

    public void startNew() {
        id = null;
        version = 0;
        username = null;
        password = null;
        person.set(null);
        roles = new ArrayList<>(List.of(Role.EMPLOYEE.name()));
        active = true;
        accountTokens = List.of();
    }

    public void edit(UserAccount account) {
        UserAccount fresh = accounts.account(account.getId());
        id = fresh.getId();
        version = fresh.getVersion();
        username = fresh.getUsername();
        password = null;
        person.set(fresh.getPerson());
        roles = new ArrayList<>(fresh.getRoles().stream().map(Role::name).toList());
        active = fresh.isActive();
        accountTokens = tokens.of(fresh.getId()).stream().map(TokenRow::of).toList();
    }

    public void endSessions() {
        try {
            UserAccount account = accounts.endSessions(id);
            edit(account);
            FacesMessages.info("organisation.users.sessionsEnded", account.getUsername());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "userForm");
        }
    }

    public void revokeToken(TokenRow token) {
        try {
            tokens.revoke(token.id());
            accountTokens = tokens.of(id).stream().map(TokenRow::of).toList();
            FacesMessages.info("organisation.token.revoked", token.name());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "userForm");
        }
    }

    public List<TokenRow> getAccountTokens() {
        return accountTokens;
    }

    public void save() {
        try {
            UserAccount saved;
            if (id == null) {
                saved = accounts.create(username, password, person.id(), roleSet());
            } else {
                saved = accounts.changeRoles(id, version, roleSet(), active);
                if (password != null && !password.isEmpty()) {
                    saved = accounts.resetPassword(id, password);
                }
            }
            edit(saved);
            FacesMessages.info("organisation.user.saved", saved.getUsername());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "userForm");
        }
    }

    private EnumSet<Role> roleSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(name -> set.add(Role.valueOf(name)));
        return set;
    }

    public List<Person> completePerson(String text) {
        return organisation.findPeople(text, 15, userLanguage.getLocale());
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public LazyPage<UserAccount> getUsers() {
        return users;
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Person getPerson() {
        return person.get();
    }

    public void setPerson(Person person) {
        this.person.set(person);
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
