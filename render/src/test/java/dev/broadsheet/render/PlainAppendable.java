package dev.broadsheet.render;

/**
 * An appendable that is neither a StringBuilder nor a Writer, for the code paths writers take for any other
 * appendable; it collects what it is given.
 */
public final class PlainAppendable implements Appendable {

    private final StringBuilder text = new StringBuilder();

    @Override
    public Appendable append(CharSequence csq) {
        text.append(csq);
        return this;
    }

    @Override
    public Appendable append(CharSequence csq, int start, int end) {
        text.append(csq, start, end);
        return this;
    }

    @Override
    public Appendable append(char c) {
        text.append(c);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
