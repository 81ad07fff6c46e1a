// Small local servers that misbehave the ways a DoH endpoint can: HTTP 500, a body that is not DNS,
// and a TCP port that accepts the connection and never answers. Each counts the requests it got.
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';

export interface MisbehavingServer {
  url: string;
  /** HTTP requests (or TCP connections, for 'silent') received so far. */
  requests(): number;
  stop(): Promise<void>;
}

export type Misbehaviour =
  | { kind: 'status'; status: number }
  | { kind: 'body'; contentType: string; body: Uint8Array }
  | { kind: 'silent' };

export async function startMisbehavingServer(behaviour: Misbehaviour): Promise<MisbehavingServer> {
  let count = 0;
  if (behaviour.kind === 'silent') {
    const sockets = new Set<Socket>();
    const server = createTcpServer((socket) => {
      count++;
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      // Read and discard the request; never write a byte back.
      socket.on('data', () => undefined);
    });
    const port = await listen(server);
    return {
      url: `http://127.0.0.1:${port}/dns-query`,
      requests: () => count,
      stop: () => close(server, () => sockets.forEach((s) => s.destroy())),
    };
  }
  const server = createHttpServer((request, response) => {
    count++;
    request.resume();
    request.on('end', () => {
      if (behaviour.kind === 'status') {
        response.writeHead(behaviour.status, { 'content-type': 'text/plain' }).end('internal error');
      } else {
        response.writeHead(200, { 'content-type': behaviour.contentType }).end(behaviour.body);
      }
    });
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/dns-query`,
    requests: () => count,
    stop: () => close(server, () => server.closeAllConnections()),
  };
}

function listen(server: Server | ReturnType<typeof createTcpServer>): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

function close(server: Server | ReturnType<typeof createTcpServer>, dropConnections: () => void): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    dropConnections();
  });
}
