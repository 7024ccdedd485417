package io.github.inamirules.testkit.hostile;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J 2 provider for the tests of this module (registered in
 * {@code src/test/resources/META-INF/services/org.slf4j.spi.SLF4JServiceProvider}) whose loggers are
 * enabled at every level, TRACE included, and record every event as one text: level, logger, the
 * formatted message, the arguments, key-value pairs, markers, the MDC and the throwable's stack trace.
 * {@link PrivacyTest} reads them.
 *
 * <p>The test class path also holds {@code slf4j-nop}. SLF4J then warns "Class path contains multiple
 * SLF4J providers" and binds the first provider its {@link java.util.ServiceLoader} finds; surefire puts
 * {@code target/test-classes} first, so this one. {@link PrivacyTest} checks that it is bound, and
 * fails (rather than pass on a silent NOP logger) if it is not.
 */
public final class RecordingSlf4jProvider implements SLF4JServiceProvider {
    /** Most events kept; older ones are dropped (every test of the module logs through here). */
    static final int CAPACITY = 100_000;

    private static final ConcurrentLinkedQueue<String> EVENTS = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger SIZE = new AtomicInteger();

    private final RecordingLoggerFactory loggerFactory = new RecordingLoggerFactory();
    private final BasicMarkerFactory markerFactory = new BasicMarkerFactory();
    private final BasicMDCAdapter mdc = new BasicMDCAdapter();

    /** Used by {@link java.util.ServiceLoader}. */
    public RecordingSlf4jProvider() {
    }

    /** Every event recorded since the last {@link #clear()}. */
    static List<String> events() {
        return new ArrayList<>(EVENTS);
    }

    static void clear() {
        EVENTS.clear();
        SIZE.set(0);
    }

    private static void record(String event) {
        EVENTS.add(event);
        if (SIZE.incrementAndGet() > CAPACITY) {
            EVENTS.poll();
            SIZE.decrementAndGet();
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }

    /** Tells whether SLF4J bound this provider. */
    static boolean isBound() {
        return org.slf4j.LoggerFactory.getILoggerFactory() instanceof RecordingLoggerFactory;
    }

    /** The loggers, one per name. */
    static final class RecordingLoggerFactory implements ILoggerFactory {
        private final Map<String, Logger> loggers = new ConcurrentHashMap<>();

        @Override
        public Logger getLogger(String name) {
            return loggers.computeIfAbsent(name, RecordingLogger::new);
        }
    }

    /** A logger enabled at every level that records each event. */
    static final class RecordingLogger extends LegacyAbstractLogger implements LoggingEventAware {
        private static final long serialVersionUID = 1L;

        RecordingLogger(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                Throwable throwable) {
            StringBuilder b = new StringBuilder();
            b.append(level).append(' ').append(name).append(": ")
                    .append(MessageFormatter.basicArrayFormat(pattern, arguments));
            if (marker != null) {
                b.append(" marker=").append(marker);
            }
            append(b, arguments, null, throwable);
            record(b.toString());
        }

        @Override
        public void log(LoggingEvent event) {
            StringBuilder b = new StringBuilder();
            Object[] arguments = event.getArgumentArray();
            b.append(event.getLevel()).append(' ').append(name).append(": ")
                    .append(MessageFormatter.basicArrayFormat(event.getMessage(), arguments));
            if (event.getMarkers() != null && !event.getMarkers().isEmpty()) {
                b.append(" markers=").append(event.getMarkers());
            }
            if (event.getKeyValuePairs() != null) {
                event.getKeyValuePairs().forEach(kv -> b.append(' ').append(kv.key).append('=').append(kv.value));
            }
            append(b, arguments, event.getThrowable(), null);
            record(b.toString());
        }

        private static void append(StringBuilder b, Object[] arguments, Throwable eventThrowable, Throwable throwable) {
            if (arguments != null) {
                for (Object a : arguments) {
                    b.append(" | arg: ").append(a);
                }
            }
            Map<String, String> mdc = org.slf4j.MDC.getCopyOfContextMap();
            if (mdc != null && !mdc.isEmpty()) {
                b.append(" | mdc: ").append(mdc);
            }
            Throwable t = eventThrowable != null ? eventThrowable : throwable;
            if (t != null) {
                StringWriter trace = new StringWriter();
                t.printStackTrace(new PrintWriter(trace));
                b.append(" | throwable: ").append(trace);
            }
        }
    }
}
