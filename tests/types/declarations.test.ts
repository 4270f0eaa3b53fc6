/**
 * The learner declarations (`runtime/types/*.d.ts`) cannot drift from the runtime: what each
 * module really exports — read inside the real QuickJS sandbox, after the real prelude ran — is
 * compared with what the declarations say, both ways: every export, whether it is a class, a
 * function or a value, the public methods of every class (instance and static) and the members of
 * exported objects; and the sandbox's own globals.
 *
 * One gap, on purpose: declared instance fields (`readonly maxsize`) are not checked against the
 * runtime, which sets them in constructors; methods and accessors are.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../../runtime/host/run.ts";

const TYPES_DIR = resolve(import.meta.dirname, "../../runtime/types");
const GUEST_DIR = resolve(import.meta.dirname, "../../runtime/guest");
const MODULES = ["asyncio", "time", "concurrent.futures", "services", "looplab"];

/** A module's export, as the runtime or the declarations describe it. */
interface Export {
  kind: "class" | "function" | "value";
  /** Public instance members (class), or own keys (object value). */
  members?: string[];
  /** Public static members (class). */
  statics?: string[];
  /** The declared methods and accessors among `members` (fields are set by constructors). */
  methods?: string[];
}
type Shape = Record<string, Record<string, Export>>;

/** The program that reads the runtime's modules and globals from inside the sandbox. */
const PROBE = `
${MODULES.map((name, i) => `import * as m${i} from ${JSON.stringify(name)};`).join("\n")}
const modules: Record<string, Record<string, unknown>> = { ${MODULES.map((name, i) => `${JSON.stringify(name)}: m${i}`).join(", ")} };
const publicName = (name: string) => !name.startsWith("_") && name !== "constructor";
function chain(start: object | null, stop: object[]): string[] {
  const names = new Set<string>();
  for (let o = start; o && !stop.includes(o); o = Object.getPrototypeOf(o)) {
    for (const name of Object.getOwnPropertyNames(o)) if (publicName(name)) names.add(name);
  }
  return [...names].sort();
}
function describe(value: unknown) {
  if (typeof value === "function") {
    if (!/^class\\b/.test(Function.prototype.toString.call(value))) return { kind: "function" };
    const members = chain(value.prototype, [Object.prototype, Error.prototype]);
    const statics = chain(value, [Function.prototype]).filter((n) => !["length", "name", "prototype"].includes(n));
    return { kind: "class", members, statics };
  }
  if (value && typeof value === "object") return { kind: "value", members: Object.keys(value).sort() };
  return { kind: "value" };
}
const shape: Record<string, Record<string, unknown>> = {};
for (const [name, module] of Object.entries(modules)) {
  shape[name] = {};
  for (const key of Object.keys(module)) if (key !== "__esModule") shape[name][key] = describe(module[key]);
}
print(JSON.stringify({ shape, globals: Object.getOwnPropertyNames(globalThis).sort() }));
`;

/** What the runtime really exports, read in the sandbox. */
async function runtimeShape(sandbox: Sandbox): Promise<{ shape: Shape; globals: string[] }> {
  const trace = sandbox.run(PROBE, { filename: "probe.ts" });
  expect(trace.error).toBeNull();
  const line = trace.events.find((event) => event.type === "stdout")?.text ?? "null";
  return JSON.parse(line) as { shape: Shape; globals: string[] };
}

/** What the declarations say, read with TypeScript's type checker. */
function declaredShape(): { shape: Shape; globals: string[]; libGlobals: Set<string> } {
  const files = readdirSync(TYPES_DIR)
    .filter((name) => name.endsWith(".d.ts"))
    .map((name) => join(TYPES_DIR, name));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts"],
    strict: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const names = (type: ts.Type, keep: (symbol: ts.Symbol) => boolean = () => true): string[] =>
    checker
      .getPropertiesOfType(type)
      .filter((p) => keep(p) && !p.name.startsWith("_") && !p.name.startsWith("__@"))
      .map((p) => p.name)
      .sort();

  const shape: Shape = {};
  for (const module of checker.getAmbientModules()) {
    const name = module.getName().replace(/^"|"$/g, "");
    const exports: Record<string, Export> = {};
    for (const symbol of checker.getExportsOfModule(module)) {
      const declaration = symbol.declarations?.[0];
      if (!declaration) continue;
      if (symbol.flags & ts.SymbolFlags.Class) {
        const instance = checker.getDeclaredTypeOfSymbol(symbol);
        const constructor = checker.getTypeOfSymbolAtLocation(symbol, declaration);
        exports[symbol.name] = {
          kind: "class",
          members: names(instance),
          methods: names(
            instance,
            (p) => (p.flags & (ts.SymbolFlags.Method | ts.SymbolFlags.Accessor)) !== 0,
          ),
          statics: names(constructor, (p) => p.name !== "prototype"),
        };
      } else if (symbol.flags & ts.SymbolFlags.Function) {
        exports[symbol.name] = { kind: "function" };
      } else if (symbol.flags & ts.SymbolFlags.Variable) {
        const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
        const isObject = type.flags & ts.TypeFlags.Object && !checker.getIndexInfosOfType(type).length;
        exports[symbol.name] = isObject ? { kind: "value", members: names(type) } : { kind: "value" };
      }
      // Interfaces and type aliases exist only for the type checker.
    }
    shape[name] = exports;
  }

  // Every global value in scope, and which of them our declarations (not TypeScript's library) add.
  const ours = new Set(files);
  const globals: string[] = [];
  const libGlobals = new Set<string>(["undefined"]);
  const anyFile = program.getSourceFile(files[0] ?? "");
  if (anyFile) {
    for (const symbol of checker.getSymbolsInScope(anyFile, ts.SymbolFlags.Value)) {
      const fromUs = symbol.declarations?.some((d) => ours.has(d.getSourceFile().fileName)) ?? false;
      if (fromUs && !(symbol.flags & ts.SymbolFlags.ValueModule)) globals.push(symbol.name);
      else libGlobals.add(symbol.name);
    }
  }
  return { shape, globals: globals.sort(), libGlobals };
}

/**
 * The members the guest runtime's source keeps to itself: names that every class declaring them
 * marks `private`, `protected` or `@internal` (TypeScript's modifiers vanish at run time, so the
 * sandbox alone cannot tell an internal method from a public one).
 */
function internalMembers(): Set<string> {
  const visibility = new Map<string, { open: boolean }>();
  const visit = (node: ts.Node): void => {
    if (ts.isClassLike(node)) {
      for (const member of node.members) {
        if (!member.name || !(ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name))) continue;
        const modifiers =
          ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected);
        const documentedInternal = ts.getJSDocTags(member).some((tag) => tag.tagName.text === "internal");
        const hidden = modifiers !== 0 || documentedInternal;
        const entry = visibility.get(member.name.text) ?? { open: false };
        entry.open ||= !hidden && ts.isIdentifier(member.name);
        visibility.set(member.name.text, entry);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const name of readdirSync(GUEST_DIR).filter((file) => file.endsWith(".ts"))) {
    const path = join(GUEST_DIR, name);
    visit(ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true));
  }
  return new Set([...visibility].filter(([, entry]) => !entry.open).map(([name]) => name));
}

/** Members every object or error class has, which TypeScript knows without a declaration. */
const INHERITED = new Set(["toString", "valueOf", "toJSON", "isError"]);

/**
 * Public methods of runtime classes that the runtime's modules call on each other and learners do
 * not: CPython keeps them private (its name in parentheses), so the declarations leave them out.
 * Marking them `@internal` in the guest source takes them off this list.
 */
const RUNTIME_PLUMBING = new Set([
  "getLoop", // _LoopBoundMixin._get_loop
  "describe", // Handle._repr_info, Task._repr_info
  "run", // Handle._run
  "runUntilIdle", // (none: drains a script's timers)
  "timerHandleCancelled", // BaseEventLoop._timer_handle_cancelled
  "makeCancelledError", // Future._make_cancelled_error
  "reschedule", // Task.__wakeup
  "waitingOn", // Task._fut_waiter
  "enter", // __aenter__ (Timeout, TaskGroup)
  "exit", // __aexit__ (Timeout, TaskGroup, Barrier)
  "abort", // TaskGroup._abort
  "setTransport", // StreamReader.set_transport
  "drainHelper", // FlowControlMixin._drain_helper
  "accept", // Server: the listener's _accept_connection
  "attach", // Server._attach
  "detach", // Server._detach
  "startListening", // Server._start_serving
  "complete", // concurrent Future.set_result
  "failed", // concurrent Future.set_exception
  "markRan", // concurrent Future.set_running_or_notify_cancel
  "endTime", // (none: the worker's virtual clock)
  "isShutdown", // Executor._shutdown
  "whenIdle", // (none: the pool's idle signal)
]);

/**
 * Globals of the sandbox the declarations need not mention: QuickJS's own, and ECMAScript
 * built-ins newer than the ES2023 library the editor checks programs against.
 */
const ENGINE_GLOBALS = new Set(["InternalError", "Float16Array", "Iterator"]);

let runtime: { shape: Shape; globals: string[] };
let declared: ReturnType<typeof declaredShape>;
let internal: Set<string>;

beforeAll(async () => {
  runtime = await runtimeShape(await createSandbox());
  declared = declaredShape();
  internal = internalMembers();
});

describe("runtime/types/*.d.ts against the guest runtime", () => {
  it("declares exactly the modules the runtime lets a program import", () => {
    expect(Object.keys(runtime.shape).sort()).toEqual([...MODULES].sort());
    expect(Object.keys(declared.shape).sort()).toEqual([...MODULES].sort());
  });

  for (const module of MODULES) {
    it(`declares every export of "${module}", and nothing it lacks`, () => {
      expect(Object.keys(declared.shape[module] ?? {}).sort()).toEqual(
        Object.keys(runtime.shape[module] ?? {}).sort(),
      );
    });

    it(`declares the kind and public members of each export of "${module}"`, () => {
      const drift: string[] = [];
      const real = runtime.shape[module] ?? {};
      for (const [name, said] of Object.entries(declared.shape[module] ?? {})) {
        const is = real[name];
        if (!is) continue; // reported by the export test
        if (said.kind !== is.kind) drift.push(`${name}: declared a ${said.kind}, is a ${is.kind}`);
        if (said.kind === "class" && is.kind === "class") {
          const open = (member: string) =>
            !internal.has(member) && !INHERITED.has(member) && !RUNTIME_PLUMBING.has(member);
          for (const member of (is.members ?? []).filter(open)) {
            if (!said.members?.includes(member)) drift.push(`${name}.prototype.${member}: not declared`);
          }
          for (const member of (is.statics ?? []).filter(open)) {
            if (!said.statics?.includes(member)) drift.push(`${name}.${member} (static): not declared`);
          }
          for (const member of said.statics ?? []) {
            if (!is.statics?.includes(member)) drift.push(`${name}.${member} (static): declared, missing`);
          }
        }
        if (said.kind === "value" && said.members && is.members) {
          expect.soft(said.members, `members of ${module}.${name}`).toEqual(is.members);
        }
      }
      expect(drift).toEqual([]);
    });
  }

  it("declares every method a class declares on the runtime's prototype", () => {
    // The other direction of the member check: a declared method must exist (fields are set in
    // constructors, so only methods and accessors are visible on the prototype).
    const missing: string[] = [];
    for (const module of MODULES) {
      for (const [name, said] of Object.entries(declared.shape[module] ?? {})) {
        const is = runtime.shape[module]?.[name];
        if (said.kind !== "class" || is?.kind !== "class") continue;
        for (const member of said.methods ?? []) {
          if (!is.members?.includes(member)) missing.push(`${module}.${name}.${member}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("declares the sandbox's globals, and every global it declares exists", () => {
    const extra = runtime.globals.filter(
      (name) =>
        !name.startsWith("__") &&
        !declared.libGlobals.has(name) &&
        !declared.globals.includes(name) &&
        !ENGINE_GLOBALS.has(name),
    );
    expect(extra, "globals of the sandbox that no declaration mentions").toEqual([]);
    expect(declared.globals).toContain("print");
    const missing = declared.globals.filter((name) => !runtime.globals.includes(name));
    expect(missing, "declared globals the sandbox lacks").toEqual([]);
  });
});
