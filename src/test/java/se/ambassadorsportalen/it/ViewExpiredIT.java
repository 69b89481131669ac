package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.HashMap;
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
 * A post that lacks its page's CSP nonce (so it did not come from the page's own script) is
 * answered the same way, where PrimeFaces alone answered 500 with a {@code CspException}.
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
        assertThat(kept.body())
                .contains("<partial-response")
                .doesNotContain("<redirect")
                .doesNotContain("<error>", WebSession.AJAX_FAILURE);
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

        Api.Reply expired = eva.postForm(
                POLICIES, Map.of("documentsForm", "documentsForm", "jakarta.faces.ViewState", oldest), false);
        assertThat(expired.status()).as(expired.body()).isEqualTo(302);
        Api.Reply page = eva.get(expired.location());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"viewExpiredText\"")
                .contains("<a href=\"/policy/index.xhtml\" id=\"reopen\"");
    }

    @Test
    void theExpiredPageOpensOnlyPagesOfThePortal() {
        WebSession eva = WebSession.signIn(base, "eva", Api.DEMO_PASSWORD);

        Api.Reply page = eva.get("/view-expired.xhtml?page=%2F%2Fevil.example%2Fx");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"/index.xhtml\" id=\"reopen\"");
    }

    @Test
    void anAjaxPostWithoutItsPagesNonceLeadsToTheExpiredPageInsteadOfAServerError() {
        WebSession eva = WebSession.signIn(base, "eva", Api.DEMO_PASSWORD);
        Map<String, String> withoutNonce = new HashMap<>(ajaxRefresh(eva.get(POLICIES)));
        withoutNonce.remove("primefaces.nonce");

        Api.Reply refused = eva.postForm(POLICIES, withoutNonce, true);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("<redirect url=\"/view-expired.xhtml?page=%2Fpolicy%2Findex.xhtml\"")
                .doesNotContain("CspException")
                .doesNotContain("<error>", WebSession.AJAX_FAILURE);
    }

    @Test
    void anAjaxPostWithAnotherPagesNonceLeadsToTheExpiredPage() {
        WebSession eva = WebSession.signIn(base, "eva", Api.DEMO_PASSWORD);
        String otherPagesNonce = WebSession.nonceOf(eva.get(POLICIES));
        Map<String, String> foreignNonce = new HashMap<>(ajaxRefresh(eva.get(POLICIES)));
        foreignNonce.put("primefaces.nonce", otherPagesNonce);

        Api.Reply refused = eva.postForm(POLICIES, foreignNonce, true);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("<redirect url=\"/view-expired.xhtml?page=%2Fpolicy%2Findex.xhtml\"");
    }

    @Test
    void aFullPostWithoutItsPagesNonceLeadsToTheExpiredPageInsteadOfAServerError() {
        WebSession eva = WebSession.signIn(base, "eva", Api.DEMO_PASSWORD);
        Api.Reply page = eva.get(POLICIES);

        Api.Reply refused = eva.postForm(
                POLICIES,
                Map.of("documentsForm", "documentsForm", "jakarta.faces.ViewState", WebSession.viewStateOf(page)),
                false);
        Api.Reply forgedNonce = eva.postForm(
                POLICIES,
                Map.of(
                        "documentsForm",
                        "documentsForm",
                        "jakarta.faces.ViewState",
                        WebSession.viewStateOf(page),
                        "primefaces.nonce",
                        "bm90IGEgbm9uY2U="),
                false);

        assertThat(refused.status()).as(refused.body()).isEqualTo(302);
        assertThat(refused.location()).endsWith("/view-expired.xhtml?page=%2Fpolicy%2Findex.xhtml");
        assertThat(forgedNonce.status()).as(forgedNonce.body()).isEqualTo(302);
        assertThat(eva.get(refused.location()).body()).contains("id=\"viewExpiredText\"");
    }

    @Test
    void aFullPostWithItsPagesNonceIsServedAsBefore() {
        WebSession eva = WebSession.signIn(base, "eva", Api.DEMO_PASSWORD);
        Api.Reply page = eva.get(POLICIES);

        Api.Reply served = eva.postForm(
                POLICIES,
                Map.of(
                        "documentsForm",
                        "documentsForm",
                        "jakarta.faces.ViewState",
                        WebSession.viewStateOf(page),
                        "primefaces.nonce",
                        WebSession.nonceOf(page)),
                false);

        assertThat(served.status()).as(served.body()).isEqualTo(200);
        assertThat(served.body()).contains("id=\"documentsForm\"");
    }

    /** PrimeFaces' ajax refresh of the page, with the page's view state and CSP nonce as its script sends them. */
    private static Map<String, String> ajaxRefresh(Api.Reply page) {
        return Map.of(
                "jakarta.faces.partial.ajax",
                "true",
                "jakarta.faces.source",
                "documentsForm",
                "jakarta.faces.partial.execute",
                "documentsForm",
                "jakarta.faces.partial.render",
                "documentsForm",
                "documentsForm",
                "documentsForm",
                "jakarta.faces.ViewState",
                WebSession.viewStateOf(page),
                "primefaces.nonce",
                WebSession.nonceOf(page));
    }
}
