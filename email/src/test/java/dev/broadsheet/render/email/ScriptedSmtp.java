package dev.broadsheet.render.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A minimal SMTP server on 127.0.0.1 whose reply to each {@code RCPT TO} comes from a script ("250", "451",
 * "550"), for the failures GreenMail cannot be told to produce. It records the recipients of every message whose
 * data it accepted.
 */
final class ScriptedSmtp implements AutoCloseable {

    private final ServerSocket socket;
    private final Deque<String> rcptReplies = new ConcurrentLinkedDeque<>();
    final List<String> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;

    ScriptedSmtp(String... rcptReplies) throws IOException {
        this.rcptReplies.addAll(List.of(rcptReplies));
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                session(s);
            } catch (IOException e) {
                // closed, or the client went away: take the next connection
            }
        }
    }

    private void session(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = s.getOutputStream();
        reply(out, "220 scripted ESMTP");
        String rcpt = null;
        boolean ok = false;
        for (String line; (line = in.readLine()) != null; ) {
            String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (cmd) {
                case "EHLO", "HELO" -> reply(out, "250 scripted");
                case "MAIL" -> reply(out, "250 ok");
                case "RCPT" -> {
                    rcpt = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    String r = rcptReplies.isEmpty() ? "250" : rcptReplies.poll();
                    ok = r.startsWith("2");
                    reply(out, r + (ok ? " ok" : " scripted failure"));
                }
                case "DATA" -> {
                    if (!ok) {
                        reply(out, "554 no valid recipients");
                        continue;
                    }
                    reply(out, "354 go on");
                    for (String d; (d = in.readLine()) != null && !d.equals("."); ) {
                        // the message's data
                    }
                    accepted.add(rcpt);
                    reply(out, "250 queued");
                }
                case "RSET", "NOOP" -> reply(out, "250 ok");
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "502 unknown");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
