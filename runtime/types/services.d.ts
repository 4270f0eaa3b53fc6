/**
 * `import { http, requests, flags } from "services"`: simulated services for exercises. Their
 * latencies come from the run's `world` (graders vary them): `world.http.latency`,
 * `world.http.routes`, `world.flags.latency`, `world.flags.seed`, `world.flags.saveTime`.
 */
declare module "services" {
  /** An async client's response, like aiohttp's. */
  export interface ClientResponse {
    readonly status: number;
    readonly reason: string;
    readonly url: string;
    readonly ok: boolean;
    /** The body (a coroutine, as in aiohttp: `await resp.text()`). */
    text(): Promise<string>;
    read(): Promise<string>;
    json(): Promise<unknown>;
    /** Throws `ClientResponseError` for a status of 400 or more. */
    raiseForStatus(): void;
  }

  /** An async HTTP client, like aiohttp: the task waits for the URL's latency, others run. */
  export const http: {
    get(url: string): Promise<ClientResponse>;
    ClientSession: new () => { get(url: string): Promise<ClientResponse>; close(): Promise<void> };
    ClientResponseError: new (...args: never[]) => Error & { readonly status: number };
  };

  /** A blocking client's response, like requests'. */
  export interface Response {
    readonly statusCode: number;
    readonly reason: string;
    readonly url: string;
    readonly text: string;
    readonly content: string;
    readonly ok: boolean;
    json(): unknown;
    raiseForStatus(): void;
  }

  /** A blocking HTTP client, like requests: `get` holds up the calling thread for the latency. */
  export const requests: {
    get(url: string): Response;
    HTTPError: new (...args: never[]) => Error;
  };

  /** Fluent Python's flag server: `http.get(flags.url("CN"))` answers with the flag's image. */
  export const flags: {
    /** The 20 country codes: CN IN US ID BR PK NG BD RU JP MX PH VN ET EG DE IR TR CD FR. */
    readonly POP20_CC: readonly string[];
    readonly BASE_URL: string;
    /** `http://flupy.org/data/flags/cn/cn.gif` for `"CN"`. */
    url(cc: string): string;
    /** Saves an image to the simulated disk: blocks the calling thread (`world.flags.saveTime`). */
    saveFlag(image: string, filename: string): void;
    /** The file names saved so far. */
    saved(): string[];
  };
}
