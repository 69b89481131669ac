package se.ambassadorsportalen.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.ambassadorsportalen.platform.mail.Mailer;
import se.ambassadorsportalen.platform.mail.OutgoingMail;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;

/** Admin page for the outbox: mail by status, paged in the database, and a retry of failed mail. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Mailer mailer;

    private OutgoingMail.Status status = OutgoingMail.Status.FAILED;
    private LazyPage<OutgoingMail> mails;

    @PostConstruct
    void init() {
        mails = LazyPage.of(request -> mailer.page(status, request));
    }

    public void retry(OutgoingMail mail) {
        try {
            mailer.retry(mail.getId());
            FacesMessages.info("organisation.outbox.retried", mail.getRecipient());
        } catch (RuntimeException e) {
            FacesMessages.failed(e, null);
        }
    }

    public List<OutgoingMail.Status> getStatuses() {
        return List.of(OutgoingMail.Status.values());
    }

    public OutgoingMail.Status getStatus() {
        return status;
    }

    public void setStatus(OutgoingMail.Status status) {
        this.status = status;
    }

    public LazyPage<OutgoingMail> getMails() {
        return mails;
    }
}
