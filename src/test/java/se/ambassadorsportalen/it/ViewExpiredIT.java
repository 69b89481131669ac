package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A session keeps the last ten views; a click on an older one leads to a page that says so and
 * opens the page again, for an ajax click as well as a full post, instead of doing nothing or 500.
 */
@ExtendWith(ArquillianExtension.class)
class ViewExpiredIT {

    private static final String POLICIES = "/policy/index.xhtml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy");
    }

    @ArquillianResource
    URL base;

    @Test
    void anAjaxClickOnAViewTheSessionNoLongerKeepsLeadsToTheExpiredPageWithTheWayBack() {
        WebSession eva = WebSession.signIn(base, "eva", Api.DEMO_PASSWORD);
        Api.Reply oldest = eva.get(POLICIES);
        Api.Reply newest = null;
        for (int newer = 0; newer < 10; newer++) {
            newest = eva.get(POLICIES);
        }

        Api.Reply kept = eva.postForm(POLICIES, ajaxRefresh(newest), true);
        Api.Reply expired = eva.postForm(POLICIES, ajaxRefresh(oldest), true);

        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.body()).contains("<partial-response").doesNotContain("<redirect").doesNotContain("<error>");
        assertThat(expired.status()).isEqualTo(200);
        assertThat(expired.body()).contains("<redirect url=\"/view-expired.xhtml?page=%2Fpolicy%2Findex.xhtml\"");
    }

    @Test
    void aFullPostOnAnUnknownViewLeadsToTheExpiredPageLinkingBackToThePage() {
        WebSession eva = WebSession.signIn(base, "eva", Api.DEMO_PASSWORD);
        String oldest = WebSession.viewStateOf(eva.get(POLICIES));
        for (int newer = 0; newer < 10; newer++) {
            eva.get(POLICIES);
        }

        Api.Reply expired = eva.postForm(POLICIES, Map.of("documentsForm", "documentsForm",
                "jakarta.faces.ViewState", oldest), false);
        assertThat(expired.status()).as(expired.body()).isEqualTo(302);
        Api.Reply page = eva.get(expired.location());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"viewExpiredText\"").contains("<a href=\"/policy/index.xhtml\" id=\"reopen\"");
    }

    @Test
    void theExpiredPageOpensOnlyPagesOfThePortal() {
        WebSession eva = WebSession.signIn(base, "eva", Api.DEMO_PASSWORD);

        Api.Reply page = eva.get("/view-expired.xhtml?page=%2F%2Fevil.example%2Fx");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"/index.xhtml\" id=\"reopen\"");
    }

    /** PrimeFaces' ajax refresh of the page, with the page's view state and CSP nonce as its script sends them. */
    private static Map<String, String> ajaxRefresh(Api.Reply page) {
        return Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "documentsForm",
                "jakarta.faces.partial.execute", "documentsForm", "jakarta.faces.partial.render", "documentsForm",
                "documentsForm", "documentsForm", "jakarta.faces.ViewState", WebSession.viewStateOf(page),
                "primefaces.nonce", WebSession.nonceOf(page));
    }
}
