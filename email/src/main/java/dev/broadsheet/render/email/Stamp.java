package dev.broadsheet.render.email;

import java.util.ArrayList;
import java.util.List;

/**
 * A rendered part cut at its slot markers: stamping concatenates the literal pieces and the recipient's values,
 * so the cost is one copy of the part plus the values, with no parsing or rendering.
 */
final class Stamp {

    private final String[] pieces;
    private final Slot[] slots;
    private final int length;

    private Stamp(String[] pieces, Slot[] slots, int length) {
        this.pieces = pieces;
        this.slots = slots;
        this.length = length;
    }

    /**
     * @param rendered a part with {@link Slot#marker()}s in it
     * @return the part cut at the markers
     */
    static Stamp of(String rendered) {
        List<String> pieces = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        int from = 0;
        for (int i = rendered.indexOf(Slot.OPEN); i >= 0; i = rendered.indexOf(Slot.OPEN, from)) {
            if (i + 2 >= rendered.length() || rendered.charAt(i + 2) != Slot.CLOSE) {
                throw new IllegalStateException("stray slot marker at " + i);
            }
            pieces.add(rendered.substring(from, i));
            slots.add(Slot.values()[rendered.charAt(i + 1) - 'A']);
            from = i + 3;
        }
        pieces.add(rendered.substring(from));
        return new Stamp(pieces.toArray(String[]::new), slots.toArray(Slot[]::new), rendered.length());
    }

    /** @return whether the part has this slot */
    boolean has(Slot slot) {
        for (Slot s : slots) {
            if (s == slot) {
                return true;
            }
        }
        return false;
    }

    /** @return the part with the slots' markers left in (for inspection) */
    String unstamped() {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < slots.length; i++) {
            out.append(pieces[i]).append(slots[i].marker());
        }
        return out.append(pieces[slots.length]).toString();
    }

    /**
     * @param values the value of each slot, indexed by ordinal
     * @param html whether the part is HTML (values are then escaped)
     * @return the stamped part
     */
    String stamp(String[] values, boolean html) {
        StringBuilder out = new StringBuilder(length + 256);
        for (int i = 0; i < slots.length; i++) {
            out.append(pieces[i]);
            String v = values[slots[i].ordinal()];
            if (html) {
                MailWriter.escapeTo(v, out);
            } else {
                out.append(v);
            }
        }
        return out.append(pieces[slots.length]).toString();
    }
}
