package se.ambassadorsportalen.policy.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import se.ambassadorsportalen.platform.text.MarkdownText;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.PerRequest;
import se.ambassadorsportalen.policy.boundary.Acknowledgements;
import se.ambassadorsportalen.policy.boundary.Policies;
import se.ambassadorsportalen.policy.control.VersionDiff;
import se.ambassadorsportalen.policy.entity.PolicyAcknowledgement;
import se.ambassadorsportalen.policy.entity.PolicyDocument;
import se.ambassadorsportalen.policy.entity.PolicyVersion;
import se.ambassadorsportalen.policy.entity.VersionNumber;

/**
 * Reading one document: the current version (or an earlier one from {@code v}), acknowledging
 * it, its history and what changed between two versions.
 */
@Named
@ViewScoped
public class PolicyReadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Policies policies;

    @Inject
    Acknowledgements acknowledgements;

    private Long id;
    private String v;
    /** Read per request, never kept in the view: a document with its versions keeps its unit of work alive. */
    private final PerRequest<Shown> loaded = PerRequest.of(this::read);

    private String compareFrom;
    private String compareTo;
    private List<VersionDiff.Line> diff;

    /** f:viewAction: loads the document named in the URL; an unknown id or version shows the not-found page. */
    public void load() {
        if (id == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            try {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** The document, the version shown and the reader's acknowledgement, as one request reads them. */
    private record Shown(PolicyDocument document, PolicyVersion version, PolicyAcknowledgement acknowledgement)
            implements Serializable {}

    private Shown read() {
        PolicyDocument document = policies.document(id);
        PolicyVersion version =
                v == null || v.isBlank() ? document.current() : policies.version(id, VersionNumber.parse(v));
        if (compareTo == null) {
            compareTo = document.current().getNumber();
            List<PolicyVersion> versions = document.getVersions();
            compareFrom =
                    versions.size() > 1 ? versions.get(versions.size() - 2).getNumber() : compareTo;
        }
        return new Shown(document, version, acknowledgements.mine(id).orElse(null));
    }

    private void refresh() {
        loaded.forget();
        loaded.get();
    }

    private Shown shown() {
        return id == null ? new Shown(null, null, null) : loaded.get();
    }

    public void acknowledge() {
        try {
            acknowledgements.acknowledge(id);
            refresh();
            Shown now = shown();
            FacesMessages.info(
                    "policy.ack.done",
                    now.version().title(locale()),
                    now.document().current().getNumber());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "ackForm");
        }
    }

    public void compare() {
        try {
            diff = policies.compare(id, VersionNumber.parse(compareFrom), VersionNumber.parse(compareTo), locale());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "compareForm");
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getTitle() {
        PolicyVersion shown = shown().version();
        return shown == null ? "" : shown.title(locale());
    }

    public String getBodyHtml() {
        return MarkdownText.toHtml(shown().version().body(locale()));
    }

    public boolean isTranslated() {
        return shown().version().speaks(locale());
    }

    public boolean isAcknowledgeable() {
        Shown now = shown();
        return now.document().isRequiresAcknowledgement() && now.version().isCurrent();
    }

    public long getChangedLines() {
        return diff == null ? 0 : VersionDiff.changedLines(diff);
    }

    public PolicyDocument getDocument() {
        return shown().document();
    }

    public PolicyVersion getShown() {
        return shown().version();
    }

    public PolicyAcknowledgement getAcknowledgement() {
        return shown().acknowledgement();
    }

    public List<PolicyVersion> getVersionsNewestFirst() {
        List<PolicyVersion> newestFirst =
                new java.util.ArrayList<>(shown().document().getVersions());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    public List<VersionDiff.Line> getDiff() {
        return diff;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getV() {
        return v;
    }

    public void setV(String v) {
        this.v = v;
    }

    public String getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(String compareFrom) {
        this.compareFrom = compareFrom;
    }

    public String getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(String compareTo) {
        this.compareTo = compareTo;
    }
}
