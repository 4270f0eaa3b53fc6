#!/usr/bin/env node
/**
 * `npm run course -- <command> …`: the command-line face of Looplab. Each command lives in
 * `commands/<name>.ts` and exports `main(args) → exit code`; the help lists them from the
 * message catalog, in the language `--lang` or the environment chooses.
 */
import { langOfArgs } from "./lang.ts";
import { cliMessages, COMMANDS, type CommandName } from "./messages/index.ts";

interface Command {
  main(args: string[]): Promise<number>;
}

async function main(argv: string[]): Promise<number> {
  const choice = langOfArgs(argv);
  if (!choice.ok) {
    process.stderr.write(`${choice.message}\n`);
    return 2;
  }
  const m = cliMessages(choice.lang).main;
  // `--lang ko` may come before the command too: it then stands for the command's environment.
  const given = argv[0] === "--lang" ? 2 : argv[0]?.startsWith("--lang=") ? 1 : 0;
  if (given > 0) process.env.LOOPLAB_LANG = choice.lang;
  const [name, ...args] = argv.slice(given);
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${m.usage(COMMANDS.map((command) => [command, m.summaries[command]]))}\n`);
    return name ? 0 : 2;
  }
  if (!(COMMANDS as readonly string[]).includes(name)) {
    process.stderr.write(`${m.unknownCommand(name)}\n`);
    return 2;
  }
  const command = (await import(`./commands/${name as CommandName}.ts`)) as Command;
  return command.main(args);
}

process.exitCode = await main(process.argv.slice(2));
