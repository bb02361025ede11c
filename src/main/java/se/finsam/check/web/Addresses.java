package se.finsam.check.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * IP addresses written as digits, read without ever asking DNS: InetAddress.getByName looks up anything that is
 * not a well-formed literal, so only what is one is handed to it.
 */
public final class Addresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private Addresses() {
    }

    /** The address "127.0.0.1", "::1" or "[::1]" stands for, or null when it is not one written as digits. */
    public static InetAddress literal(String text) {
        String s = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        try {
            var v4 = IPV4.matcher(s);
            if (v4.matches()) {
                for (int i = 1; i <= 4; i++) {
                    if (Integer.parseInt(v4.group(i)) > 255) {
                        return null;
                    }
                }
                return InetAddress.getByName(s);
            }
            // in brackets, getByName takes only an IPv6 literal and refuses anything else without a look-up
            return IPV6.matcher(s).matches() ? InetAddress.getByName("[" + s + "]") : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
