import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OP = { text: 0x1, close: 0x8, ping: 0x9, pong: 0xa } as const;

/**
 * A local stand-in for Slack's Socket Mode server: a minimal WebSocket server (RFC 6455 handshake,
 * unfragmented frames, ping → pong) that says `hello`, delivers envelopes and records the acks.
 * The fake Web API's apps.connections.open hands out its `ws://127.0.0.1` URL.
 */
export class FakeSocketMode {
  /** envelope_ids the app acknowledged. */
  readonly acks: string[] = [];
  #server: Server | null = null;
  #sockets = new Set<Socket>();
  #connected: Array<() => void> = [];
  #port = 0;

  async start(): Promise<this> {
    this.#server = createServer((_req, res) => {
      res.writeHead(426);
      res.end();
    });
    this.#server.on('upgrade', (req, socket: Socket) => {
      const accept = createHash('sha1').update(`${String(req.headers['sec-websocket-key'])}${WS_GUID}`).digest('base64');
      socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
      socket.on('error', () => this.#sockets.delete(socket));
      let buffered = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        buffered = Buffer.concat([buffered, chunk]);
        for (let frame = readFrame(buffered); frame !== null; frame = readFrame(buffered)) {
          buffered = buffered.subarray(frame.length);
          this.#onFrame(socket, frame.opcode, frame.payload);
        }
      });
      sendFrame(socket, OP.text, JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0ECON' }, debug_info: { host: 'fake' } }));
      for (const wake of this.#connected.splice(0)) wake();
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.#port = (this.#server.address() as AddressInfo).port;
    return this;
  }

  /** The URL apps.connections.open returns. */
  get url(): string {
    return `ws://127.0.0.1:${this.#port}/link`;
  }

  /** Resolves once a client is connected. */
  async connected(): Promise<void> {
    if (this.#sockets.size > 0) return;
    await new Promise<void>((resolve) => this.#connected.push(resolve));
  }

  /** Delivers an Events API body as Slack does in Socket Mode (`retryAttempt` > 0 for a retry). */
  deliverEvent(envelopeId: string, body: Record<string, unknown>, retryAttempt = 0): void {
    const envelope = { envelope_id: envelopeId, type: 'events_api', payload: body, accepts_response_payload: false, retry_attempt: retryAttempt, retry_reason: retryAttempt > 0 ? 'timeout' : '' };
    for (const socket of this.#sockets) sendFrame(socket, OP.text, JSON.stringify(envelope));
  }

  async stop(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }

  #onFrame(socket: Socket, opcode: number, payload: Buffer): void {
    if (opcode === OP.ping) sendFrame(socket, OP.pong, payload);
    else if (opcode === OP.close) {
      sendFrame(socket, OP.close, payload.subarray(0, 2));
      socket.end();
    } else if (opcode === OP.text) {
      const message = JSON.parse(payload.toString('utf8')) as { envelope_id?: string };
      if (message.envelope_id !== undefined) this.acks.push(message.envelope_id);
    }
  }
}

/** Sends one unmasked, unfragmented frame (servers never mask). */
function sendFrame(socket: Socket, opcode: number, data: string | Buffer): void {
  const payload = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let header: Buffer;
  if (payload.length < 126) header = Buffer.from([0x80 | opcode, payload.length]);
  else if (payload.length < 65536) {
    header = Buffer.alloc(4);
    header.writeUInt8(0x80 | opcode, 0);
    header.writeUInt8(126, 1);
    header.writeUInt16BE(payload.length, 2);
  } else {
    header = Buffer.alloc(10);
    header.writeUInt8(0x80 | opcode, 0);
    header.writeUInt8(127, 1);
    header.writeBigUInt64BE(BigInt(payload.length), 2);
  }
  if (!socket.destroyed) socket.write(Buffer.concat([header, payload]));
}

/** Reads one frame from the front of `buffer` (clients always mask); null until it has all arrived. */
function readFrame(buffer: Buffer): { opcode: number; payload: Buffer; length: number } | null {
  if (buffer.length < 2) return null;
  const opcode = buffer[0]! & 0x0f;
  const masked = (buffer[1]! & 0x80) !== 0;
  let length = buffer[1]! & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return null;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return null;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const maskLength = masked ? 4 : 0;
  if (buffer.length < offset + maskLength + length) return null;
  const mask = buffer.subarray(offset, offset + maskLength);
  const payload = Buffer.from(buffer.subarray(offset + maskLength, offset + maskLength + length));
  if (masked) for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!;
  return { opcode, payload, length: offset + maskLength + length };
}
