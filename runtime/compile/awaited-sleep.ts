/**
 * Finds the program's `await asyncio.sleep(…)`, the most common await of all, without the coroutine
 * the call makes: nothing else can ever see it, since it is awaited at once.
 *
 * - `await asyncio.sleep(0)`, the usual way to give other tasks a turn, is compiled to yield the
 *   runtime's one-turn marker (`__cpu.yieldOnce`) straight away, as that coroutine would on its
 *   first step.
 * - `await asyncio.sleep(delay, result)` is compiled to await `__cpu.awaitSleep(delay, result)`:
 *   for a positive number of seconds, the future the coroutine would await, with its timer; for
 *   anything else, the coroutine itself (`awaitSleep` in runtime/guest/waiting.ts).
 *
 * Only a call the compiler can prove is asyncio's `sleep` qualifies: `N.sleep(…)` for a namespace
 * import `import * as N from "asyncio"`, or `S(…)` for `import { sleep as S } from "asyncio"`, when
 * nothing else in the file declares that name (so no scope can shadow it), with one or two
 * arguments and no spread.
 */
import ts from "typescript";

/** The names through which the file reaches asyncio's `sleep`. */
export interface SleepNames {
  /** Namespace imports of "asyncio". */
  modules: ReadonlySet<string>;
  /** Local names of `sleep` imported from "asyncio". */
  functions: ReadonlySet<string>;
}

export function sleepNames(sourceFile: ts.SourceFile): SleepNames {
  const modules = new Set<string>();
  const functions = new Set<string>();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
    const from = statement.moduleSpecifier;
    const bindings = statement.importClause?.namedBindings;
    if (!ts.isStringLiteral(from) || from.text !== "asyncio" || !bindings) continue;
    if (ts.isNamespaceImport(bindings)) modules.add(bindings.name.text);
    else {
      for (const element of bindings.elements) {
        if (!element.isTypeOnly && (element.propertyName ?? element.name).text === "sleep") {
          functions.add(element.name.text);
        }
      }
    }
  }
  if (modules.size + functions.size > 0) {
    const declared = declarationCounts(sourceFile, new Set([...modules, ...functions]));
    for (const name of [...modules]) if (declared.get(name) !== 1) modules.delete(name);
    for (const name of [...functions]) if (declared.get(name) !== 1) functions.delete(name);
  }
  return { modules, functions };
}

/** Whether `expression` is `sleep(0)` through one of `names`. */
export function isSleepZero(expression: ts.Expression, names: SleepNames): boolean {
  if (!isSleepCall(expression, names) || expression.arguments.length !== 1) return false;
  const [argument] = expression.arguments;
  return ts.isNumericLiteral(argument) && Number(argument.text) === 0;
}

/** Whether `expression` is a call of asyncio's `sleep` through one of `names`, with one or two arguments. */
export function isSleepCall(expression: ts.Expression, names: SleepNames): expression is ts.CallExpression {
  if (!ts.isCallExpression(expression) || expression.questionDotToken || expression.typeArguments)
    return false;
  const count = expression.arguments.length;
  if (count < 1 || count > 2 || expression.arguments.some(ts.isSpreadElement)) return false;
  const callee = expression.expression;
  if (ts.isIdentifier(callee)) return names.functions.has(callee.text);
  return (
    ts.isPropertyAccessExpression(callee) &&
    !callee.questionDotToken &&
    callee.name.text === "sleep" &&
    ts.isIdentifier(callee.expression) &&
    names.modules.has(callee.expression.text)
  );
}

/** How many declarations in the file name each of `names` (type declarations included). */
function declarationCounts(sourceFile: ts.SourceFile, names: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && names.has(node.text) && declares(node)) {
      counts.set(node.text, (counts.get(node.text) ?? 0) + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return counts;
}

/** Whether `identifier` is the name a declaration binds. */
function declares(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  return (
    (ts.isVariableDeclaration(parent) ||
      ts.isParameter(parent) ||
      ts.isBindingElement(parent) ||
      ts.isFunctionDeclaration(parent) ||
      ts.isFunctionExpression(parent) ||
      ts.isClassDeclaration(parent) ||
      ts.isClassExpression(parent) ||
      ts.isImportSpecifier(parent) ||
      ts.isNamespaceImport(parent) ||
      ts.isImportClause(parent) ||
      ts.isImportEqualsDeclaration(parent) ||
      ts.isEnumDeclaration(parent) ||
      ts.isModuleDeclaration(parent) ||
      ts.isInterfaceDeclaration(parent) ||
      ts.isTypeAliasDeclaration(parent) ||
      ts.isTypeParameterDeclaration(parent)) &&
    parent.name === identifier
  );
}
