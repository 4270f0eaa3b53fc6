/** Runs the real CLI (`node src/cli/main.ts …`) in a child process and collects what it printed. */

import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI with `args`. `env` replaces the variables it names (`undefined` removes one); the
 * language variables are cleared unless given, so output does not depend on the machine's locale.
 */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    LOOPLAB_LANG: "",
    LC_ALL: "",
    LC_MESSAGES: "",
    LANG: "",
  };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["src/cli/main.ts", ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: merged },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
