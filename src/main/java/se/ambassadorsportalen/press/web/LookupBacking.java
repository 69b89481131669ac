package se.ambassadorsportalen.press.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.PerRequest;
import se.ambassadorsportalen.press.boundary.Inquiries;
import se.ambassadorsportalen.press.boundary.Inquiries.InquiryDetails;
import se.ambassadorsportalen.press.boundary.Inquiries.Logged;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.control.PressTime;
import se.ambassadorsportalen.press.control.Router.Routing;
import se.ambassadorsportalen.press.entity.InquiryChannel;
import se.ambassadorsportalen.press.entity.Spokesperson;
import se.ambassadorsportalen.press.entity.Topic;

/**
 * The look-up a press officer uses with a journalist on the line: type the question, confirm the
 * topics and whether it is political, see who should answer and why, then log the inquiry.
 */
@Named
@ViewScoped
public class LookupBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Read per request for the menu, never kept in the view (entities hold their unit of work). */
    private final PerRequest<List<Topic>> topicChoices =
            PerRequest.of(() -> this.spokespeople.topics(jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getViewRoot()
                    .getLocale()));

    /** One proposal as the page shows it. */
    public record Row(
            int rank, long id, String name, String title, String phone, String email, boolean available, String reason)
            implements Serializable {}

    @Inject
    Spokespeople spokespeople;

    @Inject
    Inquiries inquiries;

    private String q;
    private List<String> topics = new ArrayList<>();
    private boolean political;
    private boolean complex;
    private List<Row> proposals;
    private List<String> notices = List.of();
    private List<String> recognised = List.of();
    private String journalist;
    private String outlet;
    private InquiryChannel channel = InquiryChannel.PHONE;
    private LocalDateTime deadline;

    /** Routes straight away when the page is opened with a question (the home page's search box). */
    public void onLoad() {
        if (proposals == null && q != null && !q.isBlank()) {
            route();
        }
    }

    public void route() {
        try {
            Routing routing = spokespeople.route(q, topics, political, complex, PressTime.now());
            Locale locale = locale();
            proposals = routing.proposals().stream()
                    .map(p -> {
                        Spokesperson person = spokespeople.spokesperson(p.spokespersonId());
                        return new Row(
                                p.rank(),
                                p.spokespersonId(),
                                p.name(),
                                p.title(),
                                person.getPhone(),
                                person.getEmail(),
                                p.available(),
                                Spokespeople.explain(p.reasons(), locale));
                    })
                    .toList();
            notices = routing.notices().stream()
                    .map(n -> Spokespeople.explain(n, locale))
                    .toList();
            recognised = routing.topicCodes();
        } catch (RuntimeException e) {
            proposals = null;
            FacesMessages.failed(e, "lookupForm");
        }
    }

    public String log() {
        try {
            Logged logged = inquiries.log(
                    new InquiryDetails(
                            journalist,
                            outlet,
                            channel,
                            q,
                            topics,
                            political,
                            complex,
                            PortalTime.typed(deadline),
                            null),
                    locale());
            FacesMessages.infoForTheRedirectedPage(
                    "press.inquiry.logged", logged.inquiry().getId());
            return "/press/inquiries.xhtml?faces-redirect=true&id="
                    + logged.inquiry().getId();
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "logForm");
            return null;
        }
    }

    /** Read once per view: the vocabulary (hundreds of topics) is asked for on every render. */
    public List<Topic> getTopicChoices() {
        return topicChoices.get();
    }

    public InquiryChannel[] getChannels() {
        return InquiryChannel.values();
    }

    public String getRecognisedNames() {
        return String.join(
                ", ",
                recognised.stream()
                        .map(code -> spokespeople.snapshot().topic(code))
                        .filter(t -> t != null)
                        .map(t -> t.name())
                        .toList());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : topics;
    }

    public boolean isPolitical() {
        return political;
    }

    public void setPolitical(boolean political) {
        this.political = political;
    }

    public boolean isComplex() {
        return complex;
    }

    public void setComplex(boolean complex) {
        this.complex = complex;
    }

    public List<Row> getProposals() {
        return proposals;
    }

    public List<String> getNotices() {
        return notices;
    }

    public String getJournalist() {
        return journalist;
    }

    public void setJournalist(String journalist) {
        this.journalist = journalist;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public InquiryChannel getChannel() {
        return channel;
    }

    public void setChannel(InquiryChannel channel) {
        this.channel = channel;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }
}
