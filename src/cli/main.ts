#!/usr/bin/env node
/**
 * `npm run course -- <command> …`: the command-line face of Looplab. Each command lives in
 * `commands/<name>.ts` and exports `summary` and `main(args) → exit code`.
 */
export {};

const COMMANDS = ["run", "grade", "grade-batch", "merge-reports", "assignment", "list"] as const;

interface Command {
  summary: string;
  main(args: string[]): Promise<number>;
}

function usage(summaries: Map<string, string>): string {
  const lines = ["Usage: npm run course -- <command> [options]", "", "Commands:"];
  for (const [name, summary] of summaries) lines.push(`  ${name.padEnd(12)} ${summary}`);
  lines.push("", "Run a command with --help for its options.");
  return lines.join("\n");
}

async function load(name: string): Promise<Command | undefined> {
  try {
    return (await import(`./commands/${name}.ts`)) as Command;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_MODULE_NOT_FOUND") return undefined;
    throw error;
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    const summaries = new Map<string, string>();
    for (const command of COMMANDS) {
      const loaded = await load(command);
      if (loaded) summaries.set(command, loaded.summary);
    }
    process.stdout.write(usage(summaries) + "\n");
    return name ? 0 : 2;
  }
  const command = (COMMANDS as readonly string[]).includes(name) ? await load(name) : undefined;
  if (!command) {
    process.stderr.write(`Unknown command '${name}'. Try: npm run course -- --help\n`);
    return 2;
  }
  return command.main(args);
}

process.exitCode = await main(process.argv.slice(2));
