package se.ambassadorsportalen.news.control;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import se.ambassadorsportalen.platform.i18n.Messages;

/**
 * The digest mail's text in the reader's language: one paragraph per new item (title, when, topic
 * and the start of the text), newest first. Plain text, as every mail of the portal: nothing a
 * writer typed can become markup in a mail client.
 */
public final class DigestMail {

    public static final int EXCERPT = 300;

    /** One item as the digest shows it. */
    public record Entry(String title, LocalDateTime published, String topicKey, String plainText) {}

    public record Mail(String subject, String body) {}

    private DigestMail() {}

    public static Mail compose(Locale locale, boolean weekly, List<Entry> entries) {
        String subject = Messages.text(
                locale, weekly ? "news.digest.subjectWeekly" : "news.digest.subjectDaily", entries.size());
        StringBuilder body =
                new StringBuilder(Messages.text(locale, "news.digest.intro", entries.size())).append("\n\n");
        DateTimeFormatter when = Messages.dateTimeFormat(locale);
        for (Entry entry : entries) {
            body.append(entry.title())
                    .append('\n')
                    .append(entry.published().format(when))
                    .append(" · ")
                    .append(Messages.text(locale, entry.topicKey()))
                    .append('\n')
                    .append(excerpt(entry.plainText()))
                    .append("\n\n");
        }
        body.append(Messages.text(locale, "news.digest.footer"));
        return new Mail(subject, body.toString());
    }

    static String excerpt(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1).stripTrailing() + "…";
    }
}
