package id.go.netra.sharing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The way to a Kafka broker, in the test: an address on 127.0.0.1 where nothing listens (connections refused, as
 * when the broker is down) until {@link #open} forwards it to a broker started by then. Only the bootstrap goes
 * through it; the client then talks to the broker at the address the broker advertises.
 */
final class BrokerGate implements AutoCloseable {

	private final int port;
	private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

	BrokerGate() {
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			this.port = probe.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The address to give the client: {@code 127.0.0.1:<port>}. */
	String address() {
		return "127.0.0.1:" + port;
	}

	/** From now on, connections to {@link #address()} reach the broker at {@code host:brokerPort}. */
	void open(String host, int brokerPort) throws IOException {
		ServerSocket gate = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
		open.add(gate);
		Thread accepting = new Thread(() -> {
			while (!gate.isClosed()) {
				try {
					Socket client = gate.accept();
					Socket broker = new Socket(host, brokerPort);
					open.add(client);
					open.add(broker);
					pipe(client, broker);
					pipe(broker, client);
				}
				catch (IOException e) {
					// the gate closed, or the broker refused this one connection: the client tries again
				}
			}
		}, "broker-gate");
		accepting.setDaemon(true);
		accepting.start();
	}

	private static void pipe(Socket from, Socket to) {
		Thread copying = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException e) {
				// one side closed: so does the other
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "broker-gate-pipe");
		copying.setDaemon(true);
		copying.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception e) {
			// already closed
		}
	}

	@Override
	public void close() {
		open.forEach(BrokerGate::closeQuietly);
	}
}
