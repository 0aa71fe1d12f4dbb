package io.newswire.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.core.event.FeedState;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PollWorkersTest {

    private final PollWorkers workers = new PollWorkers(2);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        workers.close();
    }

    @Test
    void shouldRefuseAPollWhileEveryWorkerIsBusy() {
        assertThat(workers.trySubmit(this::blockedPoll)).isPresent();
        assertThat(workers.trySubmit(this::blockedPoll)).isPresent();

        assertThat(workers.trySubmit(this::blockedPoll)).isEmpty();
        assertThat(workers.inFlight()).isEqualTo(2);
    }

    @Test
    void shouldTakePollsAgainOnceOneIsCancelled() {
        Future<PollResult> first = workers.trySubmit(this::blockedPoll).orElseThrow();
        workers.trySubmit(this::blockedPoll).orElseThrow();

        first.cancel(true);

        await().until(() -> workers.trySubmit(this::blockedPoll).isPresent());
    }

    @Test
    void shouldShareTheWorkersBetweenTheTasks() {
        assertThat(workers.fairShare()).isEqualTo(2);
        workers.join();
        workers.join();
        workers.join();
        assertThat(workers.fairShare()).isEqualTo(1);
        workers.leave();
        workers.leave();
        assertThat(workers.fairShare()).isEqualTo(2);
    }

    private PollResult blockedPoll() throws InterruptedException {
        release.await();
        return new PollResult("u", "OK", List.of(), FeedState.initial("u"), null);
    }
}
