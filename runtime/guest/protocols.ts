/**
 * Mirrors CPython `asyncio/protocols.py`: the classes a learner extends to handle a connection at
 * the transport level (layer 7 of the tower; streams are built on them). A transport calls
 * `connectionMade(transport)` once connected, `dataReceived(data)` for each chunk of bytes as it
 * arrives, `eofReceived()` when the peer has finished writing (return true to keep writing back)
 * and `connectionLost(exc)` at the end. Every method does nothing until overridden.
 */
import type { Protocol as ProtocolCallbacks, Transport } from "./network.ts";

/** `asyncio.BaseProtocol`: the connection's life cycle and write flow control. */
export class BaseProtocol {
  connectionMade(transport: Transport): void {
    void transport;
  }

  connectionLost(exc: Error | null): void {
    void exc;
  }

  /** The transport's write buffer went over its high-water mark. */
  pauseWriting(): void {}

  /** The transport's write buffer drained below its low-water mark. */
  resumeWriting(): void {}
}

/** `asyncio.Protocol`: a stream of bytes. */
export class Protocol extends BaseProtocol implements ProtocolCallbacks {
  dataReceived(data: Uint8Array): void {
    void data;
  }

  /** Returning true keeps the transport open for writing (a half-closed connection). */
  eofReceived(): boolean | void {
    return undefined;
  }
}
