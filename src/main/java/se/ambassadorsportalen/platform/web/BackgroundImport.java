package se.ambassadorsportalen.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import se.ambassadorsportalen.platform.tabular.ImportProgress;

/**
 * An import a page started on a container thread and follows with a poll: the future that will
 * hold the report and the progress the reader writes as it goes. Held by a view-scoped backing
 * bean (transient: a running import belongs to the server that runs it).
 *
 * @param <R> the import's report
 */
public final class BackgroundImport<R> {

    private Future<R> running;
    private ImportProgress progress;

    /** The uploaded file's bytes, at most {@code maxBytes} + 1 so that a boundary can refuse a larger file. */
    public static byte[] bytesOf(Part file, int maxBytes) {
        if (file == null || file.getSize() == 0) {
            return new byte[0];
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void started(Future<R> future, ImportProgress startedProgress) {
        running = future;
        progress = startedProgress;
    }

    public boolean isRunning() {
        return running != null;
    }

    public ImportProgress progress() {
        return progress;
    }

    /** The report once the import is done (empty while it runs); a failure is shown on {@code formId}. */
    public Optional<R> follow(String formId) {
        if (running == null || !running.isDone()) {
            return Optional.empty();
        }
        try {
            return Optional.of(running.get());
        } catch (ExecutionException e) {
            FacesMessages.failed(
                    e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause()),
                    formId);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (running.isDone()) {
                progress.finished();
                running = null;
            }
        }
    }

    /** The bar's caption from {@code keyPrefix} + the phase ("….READING" with the rows read so far). */
    public String progressText(String keyPrefix) {
        if (progress == null) {
            return "";
        }
        String rows = NumberFormat.getIntegerInstance(
                        FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(progress.rows());
        return FacesMessages.text(keyPrefix + progress.phase().name(), rows);
    }
}
