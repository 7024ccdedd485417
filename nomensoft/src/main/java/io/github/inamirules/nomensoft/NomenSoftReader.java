package io.github.inamirules.nomensoft;

import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads NomenSoft fee exports: the XML INAMI / RIZIV publishes per nomenclature code
 * ({@code …/Nomen/fr/<code>/fees/xml}, schema {@code nomen_honoraires.xsd} version 2), a
 * {@code dataroot} of {@code NOMEN_HONORAIRES} records with {@code nomen_code}, {@code nomen_desc_nl},
 * {@code nomen_desc_fr}, {@code dbegin_fee}, {@code dend_fee} ({@code 2999-12-31} = open),
 * {@code fee_code_cat}, {@code fee} (six decimals, e.g. {@code 158.700000}), {@code author_doc} and
 * {@code authority_id}.
 *
 * <p>Validated: well-formed XML without a DTD or external entities (refused), at most
 * {@value #MAX_BYTES} bytes, every element of a record present once, ISO dates with the end not before
 * the start, and amounts that are whole cents (a fee of {@code 30.805000} is an error naming its
 * record, never rounded). Every error is one line {@code file:line:column: …}.
 *
 * <p>Stateless and thread-safe.
 */
public final class NomenSoftReader {
    /** The largest export read, in bytes. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** The {@code dend_fee} that means "no end". */
    static final LocalDate OPEN_END = LocalDate.of(2999, 12, 31);
    private static final List<String> ELEMENTS = List.of("nomen_code", "nomen_desc_nl", "nomen_desc_fr", "dbegin_fee",
            "dend_fee", "fee_code_cat", "fee", "author_doc", "authority_id");
    private static final String RECORD = "NOMEN_HONORAIRES";

    private NomenSoftReader() {
    }

    /**
     * Reads an export file.
     *
     * @param file the file
     * @return its records, in file order
     * @throws NomenSoftException if the file cannot be read or is not a valid export
     */
    public static List<NomenSoftFee> read(Path file) {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new NomenSoftException(name + ":1:1: file larger than " + MAX_BYTES + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in);
            }
        } catch (IOException e) {
            throw new NomenSoftException(name + ":1:1: cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads an export from a stream.
     *
     * @param name the name used in messages and provenance
     * @param in the XML; not closed
     * @return its records, in order
     * @throws NomenSoftException if the content is not a valid export
     */
    public static List<NomenSoftFee> read(String name, InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException e) {
            // a parser without the property reads no external DTD anyway: SUPPORT_DTD is off
        }
        List<NomenSoftFee> fees = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new BoundedInputStream(in, MAX_BYTES, name));
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw error(name, r, "a document type declaration is not allowed");
                }
                if (event == XMLStreamConstants.START_ELEMENT && RECORD.equals(r.getLocalName())) {
                    fees.add(record(name, r));
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "1:1"
                    : e.getLocation().getLineNumber() + ":" + e.getLocation().getColumnNumber();
            throw new NomenSoftException(name + ":" + where + ": not well-formed XML: " + firstLine(e.getMessage()));
        } finally {
            close(r);
        }
        if (fees.isEmpty()) {
            throw new NomenSoftException(name + ":1:1: no " + RECORD + " record: not a NomenSoft fee export");
        }
        return List.copyOf(fees);
    }

    private static NomenSoftFee record(String name, XMLStreamReader r) throws XMLStreamException {
        String location = name + ":" + r.getLocation().getLineNumber();
        String start = location + ":" + r.getLocation().getColumnNumber();
        Map<String, String> values = new LinkedHashMap<>();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = r.getLocalName();
                String at = name + ":" + r.getLocation().getLineNumber() + ":" + r.getLocation().getColumnNumber();
                String text = r.getElementText().strip();
                if (ELEMENTS.contains(element) && values.putIfAbsent(element, text) != null) {
                    throw new NomenSoftException(at + ": " + RECORD + "." + element + " is given twice");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && RECORD.equals(r.getLocalName())) {
                break;
            }
        }
        for (String element : ELEMENTS) {
            if (!values.containsKey(element)) {
                throw new NomenSoftException(start + ": " + RECORD + " has no " + element);
            }
        }
        String code = values.get("nomen_code");
        if (!code.matches("\\d{6}")) {
            throw new NomenSoftException(start + ": nomen_code: expected six digits, found '" + excerpt(code) + "'");
        }
        LocalDate from = date(start, "dbegin_fee", values.get("dbegin_fee"));
        LocalDate last = date(start, "dend_fee", values.get("dend_fee"));
        if (last.isBefore(from)) {
            throw new NomenSoftException(start + ": dend_fee " + last + " is before dbegin_fee " + from);
        }
        DateRange period = last.equals(OPEN_END) ? DateRange.startingFrom(from) : DateRange.of(from, last.plusDays(1));
        return new NomenSoftFee(code, values.get("nomen_desc_fr"), values.get("nomen_desc_nl"), period,
                values.get("fee_code_cat"), amount(start, code, values.get("fee")), values.get("author_doc"),
                values.get("authority_id"), location);
    }

    private static LocalDate date(String at, String element, String text) {
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new NomenSoftException(at + ": " + element + ": expected a date YYYY-MM-DD, found '" + excerpt(text)
                    + "'");
        }
    }

    /** An amount written with up to six decimals, accepted only when it is whole cents. */
    private static Money amount(String at, String code, String text) {
        BigDecimal value;
        try {
            if (text.length() > 20) {
                throw new NumberFormatException("too long");
            }
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new NomenSoftException(at + ": fee of " + code + ": expected an amount such as 30.800000, found '"
                    + excerpt(text) + "'");
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
            throw new NomenSoftException(at + ": fee of " + code + ": " + excerpt(text)
                    + " is not a positive amount in whole cents; it is not rounded");
        }
        return Money.of(value.setScale(2));
    }

    private static NomenSoftException error(String name, XMLStreamReader r, String what) {
        return new NomenSoftException(name + ":" + r.getLocation().getLineNumber() + ":"
                + r.getLocation().getColumnNumber() + ": " + what);
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int nl = m.indexOf('\n');
        return excerpt(nl < 0 ? m : m.substring(nl + 1).strip());
    }

    static String excerpt(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}]", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "…";
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing was left to read
            }
        }
    }

    /** Stops reading past a number of bytes: the limit holds for streams too. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private final long max;
        private final String name;
        private long read;

        BoundedInputStream(InputStream in, long max, String name) {
            super(in);
            this.max = max;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new NomenSoftException(name + ":1:1: larger than " + max + " bytes");
            }
        }
    }
}
