package io.newswire.alert.mail;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compacted topic held in memory. Two stores made from one {@link #topic()} share its contents but each sees
 * another's writes only after {@link #catchUp()}, like two processes reading one topic (or a process and its
 * successor after a crash).
 */
final class InMemoryStore<V> implements CompactedStore<V> {

    private final Map<String, V> topic;
    private final Map<String, V> view = new LinkedHashMap<>();
    private int writes;

    InMemoryStore() {
        this(new LinkedHashMap<>());
    }

    private InMemoryStore(Map<String, V> topic) {
        this.topic = topic;
    }

    /** Another reader and writer of the same topic, as a restarted process would be. */
    InMemoryStore<V> restarted() {
        return new InMemoryStore<>(topic);
    }

    Map<String, V> topic() {
        return topic;
    }

    int writes() {
        return writes;
    }

    @Override
    public void catchUp() {
        view.clear();
        view.putAll(topic);
    }

    @Override
    public boolean contains(String key) {
        return view.containsKey(key);
    }

    @Override
    public Collection<V> values() {
        return List.copyOf(view.values());
    }

    @Override
    public int size() {
        return view.size();
    }

    @Override
    public void put(String key, V value) {
        writes++;
        topic.put(key, value);
        view.put(key, value);
    }

    @Override
    public void remove(String key) {
        writes++;
        topic.remove(key);
        view.remove(key);
    }
}
