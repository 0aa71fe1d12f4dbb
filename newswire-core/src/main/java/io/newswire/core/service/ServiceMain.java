package io.newswire.core.service;

import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every service's main does after parsing its options: run until SIGTERM, and exit non-zero if it died. */
public final class ServiceMain {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceMain.class);

    private ServiceMain() {
    }

    public static int runUntilStopped(String name, Callable<? extends Service> starter) throws Exception {
        Service service = starter.call();
        Thread hook = new Thread(() -> {
            LOG.info("{}: shutdown requested", name);
            service.close();
        }, name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean clean = service.awaitTermination();
        if (!clean) {
            LOG.error("{}: stopped after a failure", name);
            service.close();
        }
        return clean ? 0 : 1;
    }
}
