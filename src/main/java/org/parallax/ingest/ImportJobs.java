package org.parallax.ingest;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleConsumer;
import org.parallax.users.AsCaller;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/** Runs imports off the UI thread, two at a time at most (the machine this targets has two cores). */
@Service
public class ImportJobs implements DisposableBean {

    private final ImportService importer;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, Thread.ofPlatform()
            .name("import-", 1).daemon(true).factory());

    ImportJobs(ImportService importer) {
        this.importer = importer;
    }

    public CompletableFuture<ImportResult> submit(ImportRequest request, DoubleConsumer progress) {
        return CompletableFuture.supplyAsync(() -> importer.importText(request, progress), AsCaller.on(executor));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
