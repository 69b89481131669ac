package se.ambassadorsportalen.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.ambassadorsportalen.organisation.boundary.CurrentUser;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.boundary.UserAccounts;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.organisation.entity.UserAccount;
import se.ambassadorsportalen.platform.persistence.PageRequest;

/** The organisation's cards on the home page: who I am, and for admins the size of the organisation. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisation organisation;

    @Inject
    UserAccounts accounts;

    public UserAccount getAccount() {
        return currentUser.account().orElse(null);
    }

    public Person getPerson() {
        return currentUser.person().orElse(null);
    }

    public Person getManager() {
        return currentUser.person().flatMap(Person::manager).orElse(null);
    }

    public long getUnitCount() {
        return organisation.units(PageRequest.of(0, 1)).total();
    }

    public long getPeopleCount() {
        return organisation.people(PageRequest.of(0, 1)).total();
    }

    public long getAccountCount() {
        return accounts.accounts(PageRequest.of(0, 1)).total();
    }
}
