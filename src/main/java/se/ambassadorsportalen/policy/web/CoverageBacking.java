package se.ambassadorsportalen.policy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.PerRequest;
import se.ambassadorsportalen.policy.boundary.Acknowledgements;
import se.ambassadorsportalen.policy.boundary.Policies;
import se.ambassadorsportalen.policy.control.UnitCoverage;
import se.ambassadorsportalen.policy.entity.PolicyVersion;

/**
 * Follow-up of acknowledgements: for a chosen document, the share of staff per unit who have
 * acknowledged the current version, who is missing in a unit, and a reminder to them by mail.
 */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Policies policies;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    se.ambassadorsportalen.platform.web.Language language;

    private Long id;
    private Long unitId;
    /** The unit the URL asks for; its list is shown only if it is among the units the reader follows. */
    private Long requestedUnitId;

    private List<UnitCoverage> rows;
    private UnitCoverage total;
    /** Read per request, never kept in the view (entities hold their unit of work): who has not read it. */
    private final PerRequest<List<Person>> missing = PerRequest.of(() -> this.unitId == null
            ? null
            : this.acknowledgements.missing(this.id, this.unitId, this.language.getLocale()));

    private String missingUnitName;
    /** The documents for the menu, read per request for the same reason. */
    private final PerRequest<List<PolicyVersion>> documents =
            PerRequest.of(() -> this.policies.current(PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                    .filter(version -> version.getDocument().isRequiresAcknowledgement())
                    .toList());

    /**
     * f:viewAction: the document from the URL, or the first that asks for acknowledgement; and, when
     * the URL names one of the reader's units ({@code unit}), who in it has not acknowledged, so that
     * a link can lead straight to that list.
     */
    public void load() {
        if (id == null) {
            id = getDocuments().stream()
                    .findFirst()
                    .map(version -> version.getDocument().getId())
                    .orElse(null);
        }
        show();
        if (requestedUnitId != null) {
            rows.stream()
                    .filter(row -> row.unitId() == requestedUnitId)
                    .findFirst()
                    .ifPresent(this::showMissing);
        }
    }

    public void show() {
        missing.forget();
        unitId = null;
        if (id == null) {
            rows = List.of();
            total = null;
            return;
        }
        try {
            // a list of its own: the table sorts it in place when the reader sorts a column
            rows = new ArrayList<>(acknowledgements.coverage(id, null));
            total = UnitCoverage.total(0, "", "", rows);
        } catch (RuntimeException e) {
            rows = List.of();
            FacesMessages.failed(e, "coverageForm");
        }
    }

    public void showMissing(UnitCoverage row) {
        unitId = row.unitId();
        missingUnitName = row.unitName();
        missing.forget();
    }

    public void remind() {
        try {
            int count = acknowledgements.remind(id, unitId);
            FacesMessages.info("policy.reminder.sent", count, missingUnitName);
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "missingForm");
        }
    }

    /**
     * The documents that ask for acknowledgement: the ones worth following up. Few, so listed in
     * full; read once per request, as the page asks for them several times.
     */
    public List<PolicyVersion> getDocuments() {
        return documents.get();
    }

    public Long getRequestedUnitId() {
        return requestedUnitId;
    }

    public void setRequestedUnitId(Long requestedUnitId) {
        this.requestedUnitId = requestedUnitId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<UnitCoverage> getRows() {
        return rows;
    }

    public UnitCoverage getTotal() {
        return total;
    }

    public List<Person> getMissing() {
        return missing.get();
    }

    public String getMissingUnitName() {
        return missingUnitName;
    }
}
