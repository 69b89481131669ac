package se.ambassadorsportalen.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/**
 * A browser login as the HTTP session keeps it: who signed in and under which security stamp.
 * The roles are deliberately not kept here; they are read fresh on every request. Serializable,
 * so that a session shared between nodes carries the login with it.
 */
public record SignedInCaller(String username, long stamp) implements Serializable {

    static final String SESSION_ATTRIBUTE = SignedInCaller.class.getName();

    /**
     * Keeps this session signed in under the account's new stamp, after the user changed their
     * own password: the change ends every other session, not the one that made it. The session
     * id is renewed as at a login.
     */
    public static void keepSignedIn(HttpServletRequest request, String username, long newStamp) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, new SignedInCaller(username, newStamp));
            request.changeSessionId();
        }
    }
}
