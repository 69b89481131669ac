package se.ambassadorsportalen.policy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import se.ambassadorsportalen.platform.security.Role;
import se.ambassadorsportalen.policy.api.LixScore;
import se.ambassadorsportalen.policy.control.Lix;

/** The plain-language score for anyone who writes: policy documents here, stories in the story module. */
@Stateless
@RolesAllowed({
    Role.Names.EMPLOYEE,
    Role.Names.MANAGER,
    Role.Names.PRESS_OFFICER,
    Role.Names.HR,
    Role.Names.COMMUNICATOR,
    Role.Names.ADMIN
})
public class Readability {

    public LixScore score(String text) {
        return Lix.score(text);
    }
}
