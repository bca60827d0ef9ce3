package com.buyerjourneykit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The simulator's control API can reset, seed and move the clock, so by default it must not be
 * reachable from other machines (issue 7, defect 9): it listens on loopback only, and binds
 * elsewhere only when told to.
 */
class SimulatorBindingTest {

    @Test
    void listensOnLoopbackOnlyByDefault() throws IOException {
        try (Simulator simulator = Simulator.start(0, Path.of("stubs"))) {
            assertThat(reachable(InetAddress.getLoopbackAddress(), simulator.port())).isTrue();
            Optional<InetAddress> outside = nonLoopbackAddress();
            assumeTrue(outside.isPresent(), "this machine has no non-loopback address to try");
            assertThatThrownBy(() -> reachable(outside.get(), simulator.port())).isInstanceOf(IOException.class);
        }
    }

    @Test
    void saysWhereItListens() {
        try (Simulator simulator = Simulator.start(0, Path.of("stubs"))) {
            assertThat(simulator.bindAddress()).isEqualTo("127.0.0.1");
            assertThat(simulator.baseUrl()).isEqualTo("http://localhost:" + simulator.port());
        }
    }

    @Test
    void bindsToAnotherAddressWhenToldTo() throws IOException {
        try (Simulator simulator = Simulator.start("0.0.0.0", 0, Path.of("stubs"))) {
            assertThat(simulator.bindAddress()).isEqualTo("0.0.0.0");
            assertThat(reachable(InetAddress.getLoopbackAddress(), simulator.port())).isTrue();
            Optional<InetAddress> outside = nonLoopbackAddress();
            if (outside.isPresent()) {
                assertThat(reachable(outside.get(), simulator.port())).isTrue();
            }
        }
    }

    @Test
    void refusesAnAddressThatIsNotOne() {
        assertThatThrownBy(() -> Simulator.start("not an address", 0, Path.of("stubs")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an address");
    }

    private static boolean reachable(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return socket.isConnected();
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(SimulatorBindingTest::isUp)
                .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
