package se.ambassadorsportalen.policy.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import se.ambassadorsportalen.platform.text.MarkdownText;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.policy.api.LixScore;
import se.ambassadorsportalen.policy.boundary.Policies;
import se.ambassadorsportalen.policy.boundary.Readability;
import se.ambassadorsportalen.policy.entity.DocumentSettings;
import se.ambassadorsportalen.policy.entity.DocumentType;
import se.ambassadorsportalen.policy.entity.PolicyContent;
import se.ambassadorsportalen.policy.entity.PolicyDocument;
import se.ambassadorsportalen.policy.entity.PolicyVersion;
import se.ambassadorsportalen.policy.entity.VersionNumber;

/**
 * The communicator's form for a new document or a new version of one: it starts from the
 * current version's text and suggests the next minor number. Publishing redirects to the
 * document (post-redirect-get); a refusal keeps everything typed and points at the field.
 */
@Named
@ViewScoped
public class PolicyEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Policies policies;

    @Inject
    Readability readability;

    private Long id;
    private boolean loaded;
    private long lockVersion;
    private String currentNumber;
    private DocumentType type = DocumentType.GUIDELINE;
    private String ownerName;
    private String adoptedBy;
    private boolean requiresAcknowledgement;
    private LocalDate acknowledgementDue;
    private String versionNumber = VersionNumber.FIRST.toString();
    private String titleSv;
    private String titleEn;
    private String bodySv;
    private String bodyEn;
    private LocalDate validFrom = PortalTime.today();
    private LocalDate validUntil;
    private String changeNote;
    private String loadedText;

    /** f:viewAction: fills the form from the document in the URL once; later ajax requests keep what was typed. */
    public void load() {
        if (loaded || id == null) {
            loaded = true;
            return;
        }
        PolicyDocument document = policies.document(id);
        PolicyVersion current = document.current();
        lockVersion = document.getVersion();
        currentNumber = current.getNumber();
        type = document.getType();
        ownerName = document.getOwnerName();
        adoptedBy = document.getAdoptedBy();
        requiresAcknowledgement = document.isRequiresAcknowledgement();
        acknowledgementDue = document.getAcknowledgementDue();
        versionNumber = document.suggestedNext().toString();
        titleSv = current.getTitleSv();
        titleEn = current.getTitleEn();
        bodySv = current.getBodySv();
        bodyEn = current.getBodyEn();
        validFrom = current.getValidFrom();
        validUntil = current.getValidUntil();
        changeNote = null;
        loadedText = text();
        loaded = true;
    }

    public void publish() {
        DocumentSettings settings =
                new DocumentSettings(type, ownerName, adoptedBy, requiresAcknowledgement, acknowledgementDue);
        PolicyContent content = new PolicyContent(titleSv, titleEn, bodySv, bodyEn, validFrom, validUntil, changeNote);
        Policies.Published published;
        try {
            published = id == null
                    ? policies.create(settings, versionNumber, content)
                    : policies.publish(id, lockVersion, settings, versionNumber, content);
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "policyForm");
            return;
        }
        FacesMessages.flashInfo(
                "policy.published",
                published.version().getTitleSv(),
                published.version().getNumber());
        if (published.htmlRemoved()) {
            FacesMessages.info("policy.published.htmlRemoved");
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/policy/document.xhtml?id="
                    + published.document().getId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves the settings and the current version's last valid day without publishing a version
     * (a new owner, a later acknowledgement due date): readers are not asked to acknowledge again.
     */
    public void saveSettings() {
        if (!text().equals(loadedText)) {
            FacesMessages.error("policyForm:bodySv", "policy.edit.textChangedPublish");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        DocumentSettings settings =
                new DocumentSettings(type, ownerName, adoptedBy, requiresAcknowledgement, acknowledgementDue);
        PolicyDocument document;
        try {
            document = policies.adjust(id, lockVersion, settings, validUntil);
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "policyForm");
            return;
        }
        FacesMessages.flashInfo(
                "policy.settingsSaved",
                document.current().getTitleSv(),
                document.current().getNumber());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/policy/document.xhtml?id=" + document.getId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What only a new version may change, to tell when the writer changed it and must publish instead. */
    private String text() {
        return String.join(
                "\u0000", normal(titleSv), normal(titleEn), normal(bodySv), normal(bodyEn), String.valueOf(validFrom));
    }

    /** Browsers send a text area's line ends as CR LF; an empty field may come back empty rather than null. */
    private static String normal(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }

    /** The plain-language score of the Swedish text as it stands, Markdown marks left out; updated as the writer types. */
    public LixScore getLix() {
        return readability.score(MarkdownText.plainText(bodySv));
    }

    /** The two numbers that make sense next: a minor correction and a new major version. */
    public String getSuggestedMinor() {
        return currentNumber == null
                ? null
                : VersionNumber.parse(currentNumber).nextMinor().toString();
    }

    public String getSuggestedMajor() {
        return currentNumber == null
                ? null
                : VersionNumber.parse(currentNumber).nextMajor().toString();
    }

    public boolean isEditing() {
        return id != null;
    }

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCurrentNumber() {
        return currentNumber;
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getAdoptedBy() {
        return adoptedBy;
    }

    public void setAdoptedBy(String adoptedBy) {
        this.adoptedBy = adoptedBy;
    }

    public boolean isRequiresAcknowledgement() {
        return requiresAcknowledgement;
    }

    public void setRequiresAcknowledgement(boolean requiresAcknowledgement) {
        this.requiresAcknowledgement = requiresAcknowledgement;
    }

    public LocalDate getAcknowledgementDue() {
        return acknowledgementDue;
    }

    public void setAcknowledgementDue(LocalDate acknowledgementDue) {
        this.acknowledgementDue = acknowledgementDue;
    }

    public String getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(String versionNumber) {
        this.versionNumber = versionNumber;
    }

    public String getTitleSv() {
        return titleSv;
    }

    public void setTitleSv(String titleSv) {
        this.titleSv = titleSv;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodySv() {
        return bodySv;
    }

    public void setBodySv(String bodySv) {
        this.bodySv = bodySv;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }
}
