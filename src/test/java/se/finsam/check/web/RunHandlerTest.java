package se.finsam.check.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** Runs are taken from this computer only, also when the desk is served to the office network. */
class RunHandlerTest {

    private static InetSocketAddress at(String address, int port) throws Exception {
        return new InetSocketAddress(InetAddress.getByName(address), port);
    }

    @Test
    void onlyClientsOfThisComputer() throws Exception {
        assertTrue(RunHandler.fromThisComputer(at("127.0.0.1", 50000), at("127.0.0.1", 8080)));
        assertTrue(RunHandler.fromThisComputer(at("::1", 50000), at("::1", 8080)));
        assertTrue(RunHandler.fromThisComputer(at("192.168.1.20", 50000), at("192.168.1.20", 8080)));
        assertFalse(RunHandler.fromThisComputer(at("192.168.1.21", 50000), at("192.168.1.20", 8080)));
        assertFalse(RunHandler.fromThisComputer(at("10.0.0.5", 50000), at("127.0.0.1", 8080)));
        assertFalse(RunHandler.fromThisComputer(null, at("127.0.0.1", 8080)));
    }
}
