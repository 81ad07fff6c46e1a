// Small local HTTP servers that misbehave the ways a DoH endpoint can: HTTP 500, a body that is not DNS,
// and a server that accepts the request and never answers. Each counts the requests it got.
import { createServer as createHttpServer, type Server } from 'node:http';

export interface MisbehavingServer {
  url: string;
  /** HTTP requests received so far. */
  requests(): number;
  stop(): Promise<void>;
}

export type Misbehaviour =
  | { kind: 'status'; status: number }
  | { kind: 'body'; contentType: string; body: Uint8Array; headers?: Record<string, string> }
  | { kind: 'silent' };

export async function startMisbehavingServer(behaviour: Misbehaviour): Promise<MisbehavingServer> {
  let count = 0;
  const server = createHttpServer((request, response) => {
    count++;
    request.resume();
    // 'silent': the request is read and held open; no byte of an answer is ever written.
    if (behaviour.kind === 'silent') return;
    request.on('end', () => {
      if (behaviour.kind === 'status') {
        response.writeHead(behaviour.status, { 'content-type': 'text/plain' }).end('internal error');
      } else {
        response.writeHead(200, { 'content-type': behaviour.contentType, ...behaviour.headers }).end(behaviour.body);
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

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

function close(server: Server, dropConnections: () => void): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    dropConnections();
  });
}
