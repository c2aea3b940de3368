package org.gridgov.runtime.privacy;

/**
 * How personal data shows to a caller who may not see it in full: enough to recognise a record
 * (the family name, the region and the last digits of an ID number), too little to identify a person.
 * Masks keep the value's length for names, ID numbers and phones, as Chinese government systems
 * print them, and a fixed tail for addresses so the length of the rest does not show.
 */
public final class Masking {

    private static final char MASK = '*';
    private static final int ADDRESS_KEPT = 6;

    private Masking() {
    }

    /** {@code 张三丰} → {@code 张**}: the first character (usually the family name) kept. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int length = name.codePointCount(0, name.length());
        if (length == 1) {
            return String.valueOf(MASK);
        }
        int firstEnd = name.offsetByCodePoints(0, 1);
        return name.substring(0, firstEnd) + stars(length - 1);
    }

    /** {@code 110101199003071234} → {@code 1101**********1234}: region and last four kept. */
    public static String idNumber(String idNumber) {
        return keepEnds(idNumber, 4, 4);
    }

    /** {@code 13812345678} → {@code 138****5678}: carrier prefix and last four kept. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() == 11 ? keepEnds(phone, 3, 4) : keepEnds(phone, 0, Math.min(4, phone.length() / 3));
    }

    /** The first six characters (county, town) and a fixed mask: {@code 南和区和阳镇东街12号} → {@code 南和区和阳镇****}. */
    public static String address(String address) {
        return address(address, ADDRESS_KEPT);
    }

    /** The first {@code kept} characters of an address and a fixed mask. */
    public static String address(String address, int kept) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        int length = address.codePointCount(0, address.length());
        if (length <= kept) {
            return stars(4);
        }
        return address.substring(0, address.offsetByCodePoints(0, kept)) + stars(4);
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() <= head + tail) {
            return stars(value.length());
        }
        return value.substring(0, head) + stars(value.length() - head - tail) + value.substring(value.length() - tail);
    }

    private static String stars(int count) {
        return String.valueOf(MASK).repeat(count);
    }
}
