package se.ambassadorsportalen.policy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.ambassadorsportalen.policy.boundary.Acknowledgements;
import se.ambassadorsportalen.policy.entity.PolicyVersion;

/** The home card: documents the user still has to acknowledge. */
@Named("policyHome")
@RequestScoped
public class PolicyHomeBacking {

    @Inject
    Acknowledgements acknowledgements;

    private List<PolicyVersion> awaiting;

    public List<PolicyVersion> getAwaiting() {
        if (awaiting == null) {
            awaiting = acknowledgements.awaitingMine();
        }
        return awaiting;
    }
}
