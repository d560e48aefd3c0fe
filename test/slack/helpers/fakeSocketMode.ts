import { createHash } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** Path of the fake Socket Mode WebSocket (what `apps.connections.open` returns). */
export const SOCKET_PATH = '/socket-mode';

const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/**
 * Just enough of Slack's Socket Mode server for a real Bolt app to connect: the WebSocket handshake,
 * Slack's `hello` message, answers to pings, and the closing handshake. Sockets are tracked so the
 * fake can drop them when it stops. Text frames from the app (envelope acks) go to `onText`.
 */
export function serveSocketMode(server: Server, sockets: Set<Duplex>, onText: (text: string) => void = () => undefined): void {
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    const key = req.headers['sec-websocket-key'];
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== SOCKET_PATH || typeof key !== 'string') {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    const accept = createHash('sha1').update(key + WEBSOCKET_GUID).digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => sockets.delete(socket));
    socket.write(frame(0x1, Buffer.from(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0ECON' } }))));
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (let next = readFrame(pending); next !== null; next = readFrame(pending)) {
        pending = pending.subarray(next.length);
        if (next.opcode === 0x9) socket.write(frame(0xa, next.payload));
        if (next.opcode === 0x8) socket.end(frame(0x8, next.payload));
        if (next.opcode === 0x1) onText(next.payload.toString('utf8'));
      }
    });
  });
}

/** Sends a JSON message (an event envelope) to a connected app as one text frame. */
export function sendJson(socket: Duplex, message: object): void {
  if (!socket.destroyed) socket.write(frame(0x1, Buffer.from(JSON.stringify(message))));
}

/** An unmasked server frame (payloads here are small: < 64 KiB). */
function frame(opcode: number, payload: Buffer): Buffer {
  const head = payload.length < 126 ? Buffer.from([0x80 | opcode, payload.length]) : Buffer.from([0x80 | opcode, 126, payload.length >> 8, payload.length & 0xff]);
  return Buffer.concat([head, payload]);
}

/** One masked client frame from the front of `data`, or null if it has not fully arrived. */
function readFrame(data: Buffer): { opcode: number; payload: Buffer; length: number } | null {
  if (data.length < 2) return null;
  const opcode = data[0]! & 0x0f;
  let size = data[1]! & 0x7f;
  let offset = 2;
  if (size === 126) {
    if (data.length < 4) return null;
    size = data.readUInt16BE(2);
    offset = 4;
  } else if (size === 127) {
    if (data.length < 10) return null;
    size = Number(data.readBigUInt64BE(2));
    offset = 10;
  }
  const masked = (data[1]! & 0x80) !== 0;
  const mask = masked ? data.subarray(offset, offset + 4) : null;
  offset += masked ? 4 : 0;
  if (data.length < offset + size) return null;
  const payload = Buffer.from(data.subarray(offset, offset + size));
  if (mask) for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!;
  return { opcode, payload, length: offset + size };
}
