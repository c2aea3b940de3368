package org.gridgov.gatewaybench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;

/**
 * The floor of what any proxy costs, for the gateway benchmark: a TCP relay that copies bytes between
 * each client connection and a connection of its own to the backend, two virtual threads a
 * connection, without reading a byte of HTTP. No gateway can cost the shared cores less per request.
 */
public final class ByteRelay implements AutoCloseable {

    private final ServerSocket server;
    private final Thread acceptor;

    private ByteRelay(URI backend) throws IOException {
        server = new ServerSocket(0, 1_024, InetAddress.getLoopbackAddress());
        InetSocketAddress target = new InetSocketAddress(backend.getHost(), backend.getPort());
        acceptor = Thread.ofVirtual().name("relay-acceptor").start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    client.setTcpNoDelay(true);
                    Socket upstream = new Socket();
                    upstream.setTcpNoDelay(true);
                    upstream.connect(target);
                    Thread.ofVirtual().start(() -> pipe(client, upstream));
                    Thread.ofVirtual().start(() -> pipe(upstream, client));
                } catch (IOException closing) {
                    // the relay is closing, or a connection failed: the next accept tells which
                }
            }
        });
    }

    public static ByteRelay start(URI backend) throws IOException {
        return new ByteRelay(backend);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    private static void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException closed) {
            // one side closed the connection
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }
}
