// A TCP relay on loopback in front of a server, whose connections can go silent: after freeze() those
// open at that moment forward nothing in either direction and close nothing, as a dead NAT binding or a
// vanished host looks to a client. Connections made later are relayed as usual.
import { connect, createServer, type Socket } from 'node:net';

export interface TcpRelay {
  port: number;
  freeze(): void;
  stop(): Promise<void>;
}

export async function startTcpRelay(targetPort: number): Promise<TcpRelay> {
  const frozen = new Set<Socket>();
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.once('close', () => sockets.delete(socket));
  };
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    track(client);
    track(upstream);
    const silent = () => frozen.has(client);
    client.on('data', (chunk) => void (silent() || upstream.write(chunk)));
    upstream.on('data', (chunk) => void (silent() || client.write(chunk)));
    client.once('close', () => silent() || upstream.destroy());
    upstream.once('close', () => silent() || client.destroy());
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    freeze: () => {
      for (const socket of sockets) frozen.add(socket);
    },
    stop: () => new Promise<void>((done) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => done());
    }),
  };
}
