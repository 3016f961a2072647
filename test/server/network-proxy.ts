import { connect, createServer, type Server, type Socket } from 'node:net';
import type { RunningServer } from '../../server/app.ts';
import { WS_PATH } from '../../shared/protocol.ts';

interface Link {
  readonly client: Socket;
  readonly upstream: Socket;
}

/**
 * A TCP proxy on 127.0.0.1 port 0 in front of a test server, standing in for
 * a network: `goSilent` makes the connections open now go dead the way a
 * sleeping laptop or lost wifi does — the server keeps its socket, gets no
 * FIN and no RST, and hears nothing more (its pings go unanswered) — while
 * new connections pass as usual (the network is back for the reconnect).
 */
export class NetworkProxy {
  private readonly links = new Set<Link>();
  private readonly silent: Socket[] = [];

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: RunningServer): Promise<NetworkProxy> {
    const server = createServer();
    const proxy = await new Promise<NetworkProxy>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        if (address === null || typeof address === 'string') {
          reject(new Error('proxy has no port'));
          return;
        }
        resolve(new NetworkProxy(server, address.port));
      });
    });
    server.on('connection', (client) => proxy.link(client, target.port));
    return proxy;
  }

  /** The websocket base URL through the proxy (`ws://127.0.0.1:<port>/ws`). */
  get wsBase(): string {
    return `ws://127.0.0.1:${this.port}${WS_PATH}`;
  }

  /**
   * The open connections stop carrying bytes either way. The client's end is
   * dropped, so its websocket closes and the provider reconnects at once
   * (as after y-websocket's own no-message timeout); the server's end stays
   * open and unread.
   */
  goSilent(): void {
    for (const link of [...this.links]) {
      const { client, upstream } = link;
      this.links.delete(link); // so that the client's closing does not reach the server
      client.unpipe(upstream);
      upstream.unpipe(client);
      upstream.pause();
      this.silent.push(upstream);
      client.destroy();
    }
  }

  /**
   * The open connections stop carrying bytes either way and nothing is
   * closed: the device itself is gone (lid shut, out of the wifi's reach), its
   * provider never hears of it. Both ends stay open and unread.
   */
  vanish(): void {
    for (const link of [...this.links]) {
      this.links.delete(link);
      this.hold(link);
      this.silent.push(link.client, link.upstream);
    }
  }

  /**
   * The open connections carry nothing for `ms`, then pass on what was held
   * up meanwhile, in order: a live device on bad wifi (retransmissions, an
   * access point's hand-over). Resolves when the bytes flow again.
   */
  async stall(ms: number): Promise<void> {
    const held = [...this.links];
    for (const link of held) this.hold(link);
    await new Promise((resolve) => setTimeout(resolve, ms));
    for (const { client, upstream } of held) {
      if (client.destroyed || upstream.destroyed) continue;
      // `pipe` resumes the paused source.
      client.pipe(upstream);
      upstream.pipe(client);
    }
  }

  async close(): Promise<void> {
    for (const { client, upstream } of this.links) {
      client.destroy();
      upstream.destroy();
    }
    for (const upstream of this.silent) upstream.destroy();
    this.links.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private hold({ client, upstream }: Link): void {
    client.unpipe(upstream);
    upstream.unpipe(client);
    client.pause();
    upstream.pause();
  }

  private link(client: Socket, port: number): void {
    const upstream = connect(port, '127.0.0.1');
    const link = { client, upstream };
    this.links.add(link);
    client.on('error', () => {});
    upstream.on('error', () => {});
    // A link that is not silenced closes as a network would pass it on.
    client.on('close', () => {
      if (this.links.delete(link)) upstream.destroy();
    });
    upstream.on('close', () => {
      if (this.links.delete(link)) client.destroy();
    });
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
