// A loopback port that is free for both TCP and UDP right now (DNS servers listen on both).
import { createServer } from 'node:net';
import { createSocket } from 'node:dgram';

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await freeTcpPort();
    // Ports below 20000 collide with fixed services more often; the kernel's ephemeral range is above.
    if (port > 1024 && (await udpFree(port))) return port;
  }
  throw new Error('no port free for both TCP and UDP on 127.0.0.1 after 20 attempts');
}

function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function udpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => resolve(false));
    socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
  });
}
