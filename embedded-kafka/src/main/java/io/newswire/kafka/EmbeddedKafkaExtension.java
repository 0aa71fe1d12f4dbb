package io.newswire.kafka;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link EmbeddedKafkaBroker} per test class, on free ports and its own temporary log dir.
 *
 * <pre>{@code
 * @RegisterExtension
 * static EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();
 * }</pre>
 * or {@code @ExtendWith(EmbeddedKafkaExtension.class)} with an {@code EmbeddedKafkaBroker} parameter in a test,
 * a lifecycle method or the constructor. Nested test classes share the broker of their enclosing class.
 * The broker is closed, and its data deleted, when the class's tests are done.
 */
public final class EmbeddedKafkaExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmbeddedKafkaExtension.class);

    private final UnaryOperator<EmbeddedKafkaBroker.Builder> configuration;
    private EmbeddedKafkaBroker broker;

    public EmbeddedKafkaExtension() {
        this(UnaryOperator.identity());
    }

    /** For brokers that need settings of their own, e.g. {@code b -> b.brokerProperty("num.partitions", "1")}. */
    public EmbeddedKafkaExtension(UnaryOperator<EmbeddedKafkaBroker.Builder> configuration) {
        this.configuration = configuration;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        broker = brokerOf(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == EmbeddedKafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return brokerOf(extensionContext);
    }

    public EmbeddedKafkaBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("The broker starts before all tests of the class; "
                    + "register the extension on a static field");
        }
        return broker;
    }

    public String bootstrapServers() {
        return broker().bootstrapServers();
    }

    public Map<String, Object> clientProperties() {
        return broker().clientProperties();
    }

    public void createTopics(String... names) {
        broker().createTopics(names);
    }

    /**
     * The store closes the AutoCloseable broker when the class's tests are done; a lookup also searches the
     * stores of enclosing contexts, which is how tests and nested classes find the class's broker.
     */
    private EmbeddedKafkaBroker brokerOf(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(EmbeddedKafkaBroker.class,
                key -> configuration.apply(EmbeddedKafkaBroker.builder()).build().start(),
                EmbeddedKafkaBroker.class);
    }
}
