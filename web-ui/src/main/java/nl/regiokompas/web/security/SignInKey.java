package nl.regiokompas.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

/**
 * One account at one address, as the sign-in throttle counts failures. The user name is compared without
 * case and cut to a sane length; an IPv6 address counts as its /64 network, because one host commonly holds
 * a whole /64 and could otherwise take a fresh address for every guess.
 */
record SignInKey(String user, String address) {

    private static final int LONGEST_USER = 100;

    static SignInKey of(String user, String remoteAddress) {
        String name = user == null ? "" : user.toLowerCase(Locale.ROOT);
        return new SignInKey(name.length() > LONGEST_USER ? name.substring(0, LONGEST_USER) : name,
                network(remoteAddress));
    }

    /** The user name as it may appear in a log line: no line breaks or other control characters. */
    String printableUser() {
        return user.replaceAll("\\p{Cntrl}", "?");
    }

    private static String network(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isEmpty()) {
            return "unknown";
        }
        if (remoteAddress.indexOf(':') < 0) {
            return remoteAddress;
        }
        try {
            // a literal IPv6 address: no name lookup happens
            byte[] bytes = InetAddress.getByName(remoteAddress).getAddress();
            if (bytes.length == 16) {
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }
}
