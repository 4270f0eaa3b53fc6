/**
 * `import { http, requests, flags } from "services"`: simulated services for exercises. Their
 * latencies come from the run's `world` (graders vary them): `world.http.latency`,
 * `world.http.routes`, `world.flags.latency`, `world.flags.seed`, `world.flags.saveTime`.
 */
declare module "services" {
  /** An async client's response, like aiohttp's. */
  export interface ClientResponse {
    /** The HTTP status, 200… (aiohttp's `ClientResponse.status`). */
    readonly status: number;
    /** The status text, `OK`… (aiohttp's `ClientResponse.reason`). */
    readonly reason: string;
    /** The URL asked for (aiohttp's `ClientResponse.url`). */
    readonly url: string;
    /** Whether the status is below 400 (aiohttp's `ClientResponse.ok`). */
    readonly ok: boolean;
    /** The body (a coroutine, as in aiohttp: `await resp.text()`) (aiohttp's `ClientResponse.text`). */
    text(): Promise<string>;
    /** The body, as a coroutine (aiohttp's `ClientResponse.read`). */
    read(): Promise<string>;
    /** The body parsed as JSON, as a coroutine (aiohttp's `ClientResponse.json`). */
    json(): Promise<unknown>;
    /** Throws `ClientResponseError` for a status of 400 or more (aiohttp's `raise_for_status`). */
    raiseForStatus(): void;
  }

  /** An async HTTP client, like Python's aiohttp: the task waits for the URL's latency, others run. */
  export const http: {
    /** Fetches `url`: a coroutine of the response (aiohttp's `session.get`). */
    get(url: string): Promise<ClientResponse>;
    /** A client session whose `get` fetches URLs (aiohttp's `ClientSession`). */
    ClientSession: new () => { get(url: string): Promise<ClientResponse>; close(): Promise<void> };
    /** A response's class (aiohttp's `ClientResponse`). */
    ClientResponse: new (...args: never[]) => ClientResponse;
    /** Thrown by `raiseForStatus()` (aiohttp's `ClientResponseError`). */
    ClientResponseError: new (...args: never[]) => Error & { readonly status: number };
  };

  /** A blocking client's response, like requests'. */
  export interface Response {
    /** The HTTP status, 200… (requests' `Response.status_code`). */
    readonly statusCode: number;
    /** The status text, `OK`… (requests' `Response.reason`). */
    readonly reason: string;
    /** The URL asked for (requests' `Response.url`). */
    readonly url: string;
    /** The body as text (requests' `Response.text`). */
    readonly text: string;
    /** The body (requests' `Response.content`). */
    readonly content: string;
    /** Whether the status is below 400 (requests' `Response.ok`). */
    readonly ok: boolean;
    /** The body parsed as JSON (requests' `Response.json`). */
    json(): unknown;
    /** Throws `HTTPError` for a status of 400 or more (requests' `raise_for_status`). */
    raiseForStatus(): void;
  }

  /** A blocking HTTP client, like Python's requests: `get` holds up the calling thread for the latency. */
  export const requests: {
    /** Fetches `url`, blocking the calling thread (requests' `requests.get`). */
    get(url: string): Response;
    /** A response's class (requests' `Response`). */
    Response: new (...args: never[]) => Response;
    /** Thrown by `raiseForStatus()` (requests' `HTTPError`). */
    HTTPError: new (...args: never[]) => Error;
  };

  /** Fluent Python's flag server: `http.get(flags.url("CN"))` answers with the flag's image. */
  export const flags: {
    /** The 20 country codes: CN IN US ID BR PK NG BD RU JP MX PH VN ET EG DE IR TR CD FR (Fluent Python's `POP20_CC`). */
    readonly POP20_CC: readonly string[];
    /** Where the flag server serves its images (Fluent Python's `BASE_URL`). */
    readonly BASE_URL: string;
    /** The image's URL, `http://flupy.org/data/flags/cn/cn.gif` for `"CN"` (Fluent Python's `get_flag` URL). */
    url(cc: string): string;
    /** Saves an image to the simulated disk: blocks the calling thread (`world.flags.saveTime`) (Fluent Python's `save_flag`). */
    saveFlag(image: string, filename: string): void;
    /** The file names saved so far (Python has none: it lists the simulated disk). */
    saved(): string[];
  };
}
