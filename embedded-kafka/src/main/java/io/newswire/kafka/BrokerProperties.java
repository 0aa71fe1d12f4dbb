package io.newswire.kafka;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration of a single node that is both KRaft controller and broker, reachable on localhost only.
 * Extra properties win over the defaults, so a test can, for instance, switch auto topic creation off.
 */
final class BrokerProperties {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    private BrokerProperties() {
    }

    static Map<String, String> singleNode(int port, int controllerPort, Path logDir, Map<String, String> extra) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toAbsolutePath().toString());

        // One node cannot replicate: every internal topic must accept a single replica.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // Fifty partitions per internal topic (the default) make the first group join and the first
        // transaction noticeably slower on a laptop, and spread load that one node does not have.
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.num.partitions", "3");

        // Waiting for more members to join before the first assignment only slows a single-process test down.
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("group.streams.initial.rebalance.delay.ms", "0");
        props.put("num.partitions", "3");
        // Local runs and tests publish to topics nobody created by hand; a cluster in production would say false.
        props.put("auto.create.topics.enable", "true");
        // The cleaner's default 128 MiB dedupe buffer is sized for servers, not for a test JVM.
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));

        props.putAll(extra);
        return props;
    }
}
