package io.newswire.core.streams;

import io.newswire.core.topic.DeadLetters;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record that cannot be read or processed to {@code news.dead-letters} with its original key and bytes and
 * the error in headers, then lets the app go on: one poison message must neither stop a service nor vanish.
 * The dead letter is written in the same transaction as the app's other output. A record the broker refuses as
 * too large keeps its key and headers on the dead-letter topic, without the value it could not store either.
 */
public final class DeadLetterHandler
        implements DeserializationExceptionHandler, ProcessingExceptionHandler, ProductionExceptionHandler {

    /** Streams config key naming the service in the dead letter's headers. */
    public static final String SERVICE_CONFIG = "newswire.service";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

    private String service = "unknown";

    @Override
    public void configure(Map<String, ?> configs) {
        Object name = configs.get(SERVICE_CONFIG);
        if (name != null) {
            service = name.toString();
        }
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                                ConsumerRecord<byte[], byte[]> record,
                                                                Exception exception) {
        return DeserializationExceptionHandler.Response.resume(
                List.of(deadLetter(context, record.key(), record.value(), exception)));
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                           Exception exception) {
        return ProcessingExceptionHandler.Response.resume(
                List.of(deadLetter(context, context.sourceRawKey(), context.sourceRawValue(), exception)));
    }

    @Override
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                           ProducerRecord<byte[], byte[]> record,
                                                           Exception exception) {
        if (exception instanceof RetriableException) {
            return ProductionExceptionHandler.Response.retry();
        }
        byte[] value = exception instanceof RecordTooLargeException ? null : record.value();
        return ProductionExceptionHandler.Response.resume(
                List.of(deadLetter(context, record.key(), value, exception)));
    }

    @Override
    public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context,
                                                                        ProducerRecord record, Exception exception,
                                                                        SerializationExceptionOrigin origin) {
        return ProductionExceptionHandler.Response.resume(
                List.of(deadLetter(context, context.sourceRawKey(), context.sourceRawValue(), exception)));
    }

    private ProducerRecord<byte[], byte[]> deadLetter(ErrorHandlerContext context, byte[] key, byte[] value,
                                                      Exception exception) {
        LOG.warn("dead letter from {}-{}@{}: {}", context.topic(), context.partition(), context.offset(),
                exception.toString());
        return DeadLetters.record(service, key, value, exception,
                new DeadLetters.Source(context.topic(), context.partition(), context.offset()));
    }
}
