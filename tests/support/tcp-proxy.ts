import { createServer, connect, type AddressInfo, type Socket } from "node:net";

/**
 * A TCP proxy on 127.0.0.1 in front of the test's PostgreSQL, for network faults:
 * - frozen, it drops every byte both ways without closing anything, as a network partition does. A side that
 *   closes still closes the other (standing in for the server's keepalives, which find a dead peer in seconds);
 * - cut, it drops every connection and refuses new ones (the port is closed), as a server gone down does, until
 *   restored on the same port.
 */
export interface TcpProxy {
  port: number;
  freeze(): void;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let frozen = false;
  const sockets = new Set<Socket>();
  const server = createServer((downstream) => {
    const upstream = connect(target.port, target.host);
    for (const [from, to] of [[downstream, upstream], [upstream, downstream]] as const) {
      sockets.add(from);
      from.on("data", (chunk) => frozen || to.write(chunk));
      from.on("close", () => {
        sockets.delete(from);
        to.destroy();
      });
      from.on("error", () => to.destroy());
    }
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const stopListening = () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
  };
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    freeze: () => void (frozen = true),
    async cut() {
      // Closing the listener first, so that no connection slips in between the drop and the refusal.
      const closed = stopListening();
      dropAll();
      await closed;
    },
    restore: () => listen(port),
    async close() {
      const closed = stopListening();
      dropAll();
      await closed;
    },
  };
}
