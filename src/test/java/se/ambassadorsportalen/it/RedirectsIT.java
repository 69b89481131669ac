package se.ambassadorsportalen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Redirects stay on the portal (issue 16, finding 3): the language switch on a path that looks
 * like another host, and the page to return to after the login, whatever a link put into it
 * (line breaks, dot segments, another site); a bad one leads home, never to a 500 after the
 * password was accepted.
 */
@ExtendWith(ArquillianExtension.class)
class RedirectsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.modules("policy");
    }

    @ArquillianResource
    URL base;

    private boolean staysOnThePortal(String location) {
        URI portal = URI.create(base.toString());
        URI target = portal.resolve(location);
        return portal.getHost().equals(target.getHost())
                && target.getPort() == portal.getPort()
                && !target.getRawPath().startsWith("//");
    }

    @Test
    void theLanguageSwitchOnAPathThatLooksLikeAnotherHostStaysOnThePortal() {
        WebSession eva = WebSession.signIn(base, "eva", Api.DEMO_PASSWORD);
        try {
            languageSwitchesStayOnThePortal(eva);
        } finally {
            eva.getExactly("/policy/index.xhtml?lang=sv"); // eva's account remembers it: Swedish for other tests
        }
    }

    private void languageSwitchesStayOnThePortal(WebSession eva) {
        for (String path : List.of(
                "//evil.example/x.xhtml?lang=sv",
                "///evil.example/policy/index.xhtml?lang=en",
                "/policy/index.xhtml?lang=en&next=//evil.example")) {
            Api.Reply reply = eva.getExactly(path);

            assertThat(reply.status()).as(path).isLessThan(500);
            if (reply.location() != null) {
                assertThat(staysOnThePortal(reply.location()))
                        .as(path + " redirects to " + reply.location())
                        .isTrue();
            }
        }
    }

    @Test
    void aBadPageToReturnToAfterTheLoginLeadsHomeInsteadOfElsewhereOrToAnError() {
        for (String next : List.of(
                "/\r\nX-Injected: yes",
                "/..//evil.example/x",
                "//evil.example/x",
                "https://evil.example/",
                "/policy/../../evil",
                "\\\\evil.example\\x",
                "/login.xhtml?next=//evil.example")) {
            Api.Reply login = WebSession.tryLoginReturningTo(base, next, "eva", Api.DEMO_PASSWORD);

            assertThat(login.status()).as(next).isEqualTo(302);
            assertThat(staysOnThePortal(login.location()))
                    .as(next + " led to " + login.location())
                    .isTrue();
            assertThat(URI.create(base.toString()).resolve(login.location()).getPath())
                    .as(next)
                    .isEqualTo("/index.xhtml");
        }
    }

    @Test
    void aGoodPageToReturnToIsWhereTheLoginLeads() {
        Api.Reply login = WebSession.tryLoginReturningTo(base, "/policy/index.xhtml", "eva", Api.DEMO_PASSWORD);

        assertThat(login.status()).isEqualTo(302);
        assertThat(URI.create(base.toString()).resolve(login.location()).getPath())
                .isEqualTo("/policy/index.xhtml");
    }
}
