/**
 * Simulated services for exercises, imported as `import { http, requests, flags } from
 * "services"`: `http.get(url)`, an async HTTP client like aiohttp (the task waits, the loop runs
 * others); `requests.get(url)`, a blocking one like requests (the calling thread is held up for
 * the latency: on the loop thread, nothing else runs); and the flag server of Fluent Python's
 * chapter 18 (20 country codes). Latencies come from the run's `world`, so graders can vary them:
 * `world.http = { latency: 0.3 | { [urlOrHostOrPrefix]: s }, routes: { [url]: { status, body,
 * latency } } }`, `world.flags = { latency: 0.2 | { CN: 0.1, … }, seed: 7, saveTime: 0.01 }`.
 */
import { block } from "./clock.ts";
import { type Coroutine, coroutine, immediate } from "./coroutines.ts";
import { getRunningLoop } from "./events.ts";
import { PyError, ValueError } from "./exceptions.ts";
import { setResultUnlessCancelled } from "./futures.ts";
import { ConnectionError } from "./network.ts";
import { config } from "./session.ts";

/** The 20 most populous countries, as in Fluent Python (`POP20_CC`). */
const POP20_CC = "CN IN US ID BR PK NG BD RU JP MX PH VN ET EG DE IR TR CD FR".split(" ");
const FLAGS_URL = "http://flupy.org/data/flags";
/** `requests.get('http://www.example.com')` took about 0.3 s in Python Concurrency with Asyncio's example. */
const DEFAULT_LATENCY = 0.3;
const DEFAULT_SAVE_TIME = 0.01;

interface Route {
  status?: number;
  body?: string;
  latency?: number;
}

interface World {
  http?: { latency?: number | Record<string, number>; routes?: Record<string, Route> };
  flags?: { latency?: number | Record<string, number>; seed?: number; saveTime?: number };
}

const world = (): World => config.world as World;

const REASONS: Record<number, string> = {
  200: "OK",
  301: "Moved Permanently",
  400: "Bad Request",
  403: "Forbidden",
  404: "Not Found",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

function parseUrl(url: string): { host: string; path: string } {
  const match = /^https?:\/\/([^/:?#]+)(?::\d+)?([^?#]*)/i.exec(String(url));
  if (!match)
    throw new ValueError(`Invalid URL '${url}': No scheme supplied. Perhaps you meant http://${url}?`);
  return { host: match[1].toLowerCase(), path: match[2] || "/" };
}

/** A flag's latency when `world.flags` does not fix it: 0.10–0.50 s, a stable function of code and seed. */
function defaultFlagLatency(cc: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (const ch of cc) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (10 + ((h >>> 0) % 41)) / 100;
}

function flagLatency(cc: string): number {
  const setting = world().flags?.latency;
  if (typeof setting === "number") return setting;
  if (setting && typeof setting[cc] === "number") return setting[cc];
  return defaultFlagLatency(cc, world().flags?.seed ?? 0);
}

function lookup(table: Record<string, number>, url: string, host: string): number | undefined {
  if (typeof table[url] === "number") return table[url];
  if (typeof table[host] === "number") return table[host];
  let best: string | undefined;
  for (const key of Object.keys(table))
    if (url.startsWith(key) && (best === undefined || key.length > best.length)) best = key;
  return best === undefined ? undefined : table[best];
}

/** What the simulated internet answers for `url`, and after how long. */
function respond(url: string): { status: number; body: string; latency: number } {
  const { host, path } = parseUrl(url);
  const route = world().http?.routes?.[url];
  const latencySetting = world().http?.latency;
  const configured =
    typeof latencySetting === "number"
      ? latencySetting
      : latencySetting
        ? lookup(latencySetting, url, host)
        : undefined;
  if (route)
    return {
      status: route.status ?? 200,
      body: route.body ?? "",
      latency: route.latency ?? configured ?? DEFAULT_LATENCY,
    };
  if (host === "flupy.org") {
    const match = /^\/data\/flags\/([a-z]{2})\/\1\.gif$/.exec(path);
    const cc = match?.[1].toUpperCase();
    if (cc && POP20_CC.includes(cc))
      return { status: 200, body: `GIF89a<flag of ${cc}>`, latency: configured ?? flagLatency(cc) };
    return { status: 404, body: "Not Found", latency: configured ?? DEFAULT_LATENCY };
  }
  if (host === "example.com" || host === "www.example.com") {
    const body =
      "<!doctype html>\n<html><head><title>Example Domain</title></head><body><h1>Example Domain</h1></body></html>";
    return path === "/"
      ? { status: 200, body, latency: configured ?? DEFAULT_LATENCY }
      : { status: 404, body: "Not Found", latency: configured ?? DEFAULT_LATENCY };
  }
  throw new ConnectionError(`Cannot connect to host ${host}:80 [Name or service not known]`);
}

/** aiohttp's `ClientResponseError`, raised by `raiseForStatus()`. */
export class ClientResponseError extends PyError {
  status: number;
  constructor(status: number, url: string) {
    super(`${status}, message='${REASONS[status] ?? ""}', url=URL('${url}')`);
    this.status = status;
  }
}

/** An async client's response (like aiohttp's `ClientResponse`). */
export class ClientResponse {
  readonly status: number;
  readonly url: string;
  readonly reason: string;
  private readonly body: string;

  constructor(url: string, status: number, body: string) {
    this.url = url;
    this.status = status;
    this.reason = REASONS[status] ?? "";
    this.body = body;
  }

  get ok(): boolean {
    return this.status < 400;
  }

  /** The body as text (a coroutine, as in aiohttp). */
  text(): Coroutine<string> {
    return immediate("ClientResponse.text", () => this.body);
  }

  /** The body (a coroutine; the simulated network carries text). */
  read(): Coroutine<string> {
    return immediate("ClientResponse.read", () => this.body);
  }

  json(): Coroutine<unknown> {
    return immediate("ClientResponse.json", () => JSON.parse(this.body) as unknown);
  }

  raiseForStatus(): void {
    if (this.status >= 400) throw new ClientResponseError(this.status, this.url);
  }

  toString(): string {
    return `<ClientResponse(${this.url}) [${this.status} ${this.reason}]>`;
  }
}

/** `await http.get(url)`: the response after the URL's latency; the loop runs other tasks meanwhile. */
function get(url: string): Coroutine<ClientResponse> {
  return coroutine("get", function* () {
    const answer = respond(url);
    const loop = getRunningLoop();
    const future = loop.createFuture<ClientResponse>();
    future._waitingFor = `http.get('${url}')`;
    const handle = loop.callLater(
      answer.latency,
      setResultUnlessCancelled,
      future,
      new ClientResponse(url, answer.status, answer.body),
    );
    try {
      return (yield future) as ClientResponse;
    } finally {
      handle.cancel();
    }
  });
}

/** aiohttp's session: `new http.ClientSession()`, `session.get(url)`, `await session.close()`. */
class ClientSession {
  private closed = false;

  get(url: string): Coroutine<ClientResponse> {
    if (this.closed) throw new PyError("Session is closed");
    return get(url);
  }

  close(): Coroutine<void> {
    return immediate("ClientSession.close", () => {
      this.closed = true;
    });
  }
}

/** requests' `HTTPError`, raised by `raiseForStatus()`. */
export class HTTPError extends PyError {}

/** A blocking client's response (like requests' `Response`). */
export class Response {
  readonly statusCode: number;
  readonly url: string;
  readonly text: string;
  readonly reason: string;

  constructor(url: string, statusCode: number, text: string) {
    this.url = url;
    this.statusCode = statusCode;
    this.text = text;
    this.reason = REASONS[statusCode] ?? "";
  }

  get ok(): boolean {
    return this.statusCode < 400;
  }

  get content(): string {
    return this.text;
  }

  json(): unknown {
    return JSON.parse(this.text) as unknown;
  }

  raiseForStatus(): void {
    if (this.statusCode >= 400) {
      const kind = this.statusCode < 500 ? "Client" : "Server";
      throw new HTTPError(`${this.statusCode} ${kind} Error: ${this.reason} for url: ${this.url}`);
    }
  }

  toString(): string {
    return `<Response [${this.statusCode}]>`;
  }
}

/** `requests.get(url)`: blocks the calling thread for the URL's latency, then returns. */
function blockingGet(url: string): Response {
  const answer = respond(url);
  block(answer.latency);
  return new Response(url, answer.status, answer.body);
}

const saved: string[] = [];

/** Writes a flag image to the simulated disk: blocks the calling thread (`world.flags.saveTime`). */
function saveFlag(image: string, filename: string): void {
  block(world().flags?.saveTime ?? DEFAULT_SAVE_TIME);
  saved.push(String(filename));
  void image;
}

export const http = { get, ClientSession, ClientResponse, ClientResponseError };
export const requests = { get: blockingGet, Response, HTTPError };
export const flags = {
  POP20_CC: Object.freeze([...POP20_CC]),
  BASE_URL: FLAGS_URL,
  /** The URL of a country's flag: `http://flupy.org/data/flags/cn/cn.gif`. */
  url: (cc: string) => `${FLAGS_URL}/${cc.toLowerCase()}/${cc.toLowerCase()}.gif`,
  saveFlag,
  /** The file names saved so far, in order. */
  saved: () => [...saved],
};

/** The `services` module as learners import it. */
export const services: Record<string, unknown> = { http, requests, flags };
