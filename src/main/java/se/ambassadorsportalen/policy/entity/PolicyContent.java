package se.ambassadorsportalen.policy.entity;

import java.time.LocalDate;

/**
 * What a writer publishes as one version: titles and Markdown bodies in Swedish and (optionally)
 * English, the validity period and a note on what changed. The bodies are already cleaned of raw
 * HTML by {@code policy.control.MarkdownText}.
 */
public record PolicyContent(
        String titleSv,
        String titleEn,
        String bodySv,
        String bodyEn,
        LocalDate validFrom,
        LocalDate validUntil,
        String changeNote) {}
