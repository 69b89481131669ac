package se.ambassadorsportalen.press.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.ambassadorsportalen.press.boundary.Inquiries;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.boundary.Spokespeople.OnCall;
import se.ambassadorsportalen.press.entity.Inquiry;

/** The press officer's home card: the nearest deadlines and who is on call now. */
@Named
@RequestScoped
public class PressHomeBacking {

    @Inject
    Inquiries inquiries;

    @Inject
    Spokespeople spokespeople;

    private List<Inquiry> open;
    private List<OnCall> onCall;

    public List<Inquiry> getOpen() {
        if (open == null) {
            open = inquiries.open(5);
        }
        return open;
    }

    public List<OnCall> getOnCall() {
        if (onCall == null) {
            onCall = spokespeople.onCallNow();
        }
        return onCall;
    }
}
