package se.ambassadorsportalen.it;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS for test clients of the test server, whose certificate is the self-signed one Liberty
 * generates at its first start: trusts any certificate and skips the host name check. Never for
 * anything but the local test server.
 */
final class TrustingTls {

    private TrustingTls() {}

    static SSLContext context() {
        TrustManager anyCertificate = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String type) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String type) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, new TrustManager[] {anyCertificate}, null);
            System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
            return ssl;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
