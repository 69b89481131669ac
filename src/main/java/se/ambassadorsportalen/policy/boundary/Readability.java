package se.ambassadorsportalen.policy.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import se.ambassadorsportalen.policy.control.Lix;
import se.ambassadorsportalen.policy.api.LixScore;

/** The plain-language score for anyone who writes: policy documents here, stories in the story module. */
@Stateless
@PermitAll
public class Readability {

    public LixScore score(String text) {
        return Lix.score(text);
    }
}
