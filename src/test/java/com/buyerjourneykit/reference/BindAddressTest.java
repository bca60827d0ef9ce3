package com.buyerjourneykit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Issue 7, defect 9: the app listens on loopback unless told otherwise, and says where it listens. */
class BindAddressTest {
    private static final String DATABASE = "jdbc:h2:mem:bind-address-test;DB_CLOSE_DELAY=-1";

    @Test
    void byDefaultOnlyThisMachineCanConnect() {
        Optional<InetAddress> outward = outwardAddress();
        Assumptions.assumeTrue(outward.isPresent(), "this machine has no address other than loopback");
        try (ReferenceApp app = ReferenceApp.start(settings())) {
            assertThat(app.baseUrl()).isEqualTo("http://127.0.0.1:" + app.port());
            assertThat(connects(InetAddress.getLoopbackAddress(), app.port())).isTrue();
            assertThatThrownBy(() -> connect(outward.get(), app.port())).isInstanceOf(IOException.class);
        }
    }

    @Test
    void anExplicitAddressListensThere() {
        Optional<InetAddress> outward = outwardAddress();
        Assumptions.assumeTrue(outward.isPresent(), "this machine has no address other than loopback");
        try (ReferenceApp app = ReferenceApp.start(settings().withBindAddress("0.0.0.0"))) {
            assertThat(connects(outward.get(), app.port())).isTrue();
            assertThat(connects(InetAddress.getLoopbackAddress(), app.port())).isTrue();
        }
    }

    @Test
    void theDefaultIsLoopback() {
        assertThat(ReferenceAppSettings.forSimulator("http://localhost:1").bindAddress()).isEqualTo("127.0.0.1");
    }

    private static ReferenceAppSettings settings() {
        return ReferenceAppSettings.forSimulator("http://localhost:1").withDatabase(DATABASE);
    }

    private static boolean connects(InetAddress address, int port) {
        try {
            connect(address, port);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    /** An IPv4 address of this machine that is not loopback, such as the container's eth0. */
    private static Optional<InetAddress> outwardAddress() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
                    .filter(address -> !address.isLoopbackAddress() && address.getAddress().length == 4)
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }
}
