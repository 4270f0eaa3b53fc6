/**
 * A TypeScript transformer that lets the runtime see learner code work without a wall clock:
 * a count of every loop iteration and every function entry (the
 * virtual clock charges CPU work from these), `__cpu.statementLine = N` before each statement that calls
 * something (where coroutines are created), `__cpu.loopLine = N` when a loop starts (where an
 * endless loop was, when the wall-clock budget interrupts it), `__cpu.awaitLine = N` before every
 * `await` (where a task is suspended, for deadlock and debug reports), and `__cpu.throwLine = N`
 * at every `throw`. An `await asyncio.sleep(…)` awaits without the coroutine the call makes
 * (awaited-sleep.ts).
 */
import ts from "typescript";
import { CPU_COUNTERS as CPU, POLL_MASK } from "../protocol.ts";
import { isSleepCall, isSleepZero, sleepNames } from "./awaited-sleep.ts";

export function instrument(): ts.TransformerFactory<ts.SourceFile> {
  return (context) => {
    const f = context.factory;
    // `(++__cpu.loops & 1023) || __cpu.poll()`: every 1024th count asks the host whether the run
    // is over its memory budget and checks the CPU budget; QuickJS's own interrupt check can be
    // too rare for loops whose iterations are single large native calls (`new Array(n).fill(0)`).
    const counter = (field: "loops" | "calls") =>
      f.createExpressionStatement(
        f.createLogicalOr(
          f.createParenthesizedExpression(
            f.createBitwiseAnd(
              f.createPrefixIncrement(f.createPropertyAccessExpression(f.createIdentifier(CPU), field)),
              f.createNumericLiteral(POLL_MASK),
            ),
          ),
          f.createCallExpression(
            f.createPropertyAccessExpression(f.createIdentifier(CPU), "poll"),
            undefined,
            [],
          ),
        ),
      );
    const setLine = (
      field: "awaitLine" | "throwLine" | "loopLine" | "statementLine",
      node: ts.Node,
      sourceFile: ts.SourceFile,
    ) =>
      f.createAssignment(
        f.createPropertyAccessExpression(f.createIdentifier(CPU), field),
        f.createNumericLiteral(sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1),
      );

    const withCounter = (body: ts.Statement, field: "loops"): ts.Statement => {
      const statements = ts.isBlock(body) ? [...body.statements] : [body];
      return f.createBlock([counter(field), ...statements], true);
    };

    return (sourceFile) => {
      const sleeps = sleepNames(sourceFile);
      const visit = (node: ts.Node): ts.Node | ts.Node[] => {
        const visited = rewrite(node);
        // Mark where a loop is, once per loop start (not per iteration, which would cost). A
        // labeled loop gets the mark before its label, so `continue label` still finds the loop.
        const loop = ts.isLabeledStatement(node) ? node.statement : node;
        if (ts.isIterationStatement(loop, false) && !ts.isLabeledStatement(node.parent)) {
          return [f.createExpressionStatement(setLine("loopLine", loop, sourceFile)), visited];
        }
        // Mark the line of each statement that calls something: where a coroutine is created
        // (for "never awaited" warnings) without capturing a stack for every call.
        if (
          (ts.isExpressionStatement(node) || ts.isVariableStatement(node) || ts.isReturnStatement(node)) &&
          !ts.isLabeledStatement(node.parent) &&
          callsSomething(node)
        ) {
          return [f.createExpressionStatement(setLine("statementLine", node, sourceFile)), visited];
        }
        return visited;
      };
      const rewrite = (node: ts.Node): ts.Node => {
        const visited = ts.visitEachChild(node, visit, context);
        if (ts.isForStatement(visited)) {
          return f.updateForStatement(
            visited,
            visited.initializer,
            visited.condition,
            visited.incrementor,
            withCounter(visited.statement, "loops"),
          );
        }
        if (ts.isForOfStatement(visited)) {
          return f.updateForOfStatement(
            visited,
            visited.awaitModifier,
            visited.initializer,
            visited.expression,
            withCounter(visited.statement, "loops"),
          );
        }
        if (ts.isForInStatement(visited)) {
          return f.updateForInStatement(
            visited,
            visited.initializer,
            visited.expression,
            withCounter(visited.statement, "loops"),
          );
        }
        if (ts.isWhileStatement(visited)) {
          return f.updateWhileStatement(visited, visited.expression, withCounter(visited.statement, "loops"));
        }
        if (ts.isDoStatement(visited)) {
          return f.updateDoStatement(visited, withCounter(visited.statement, "loops"), visited.expression);
        }
        if (ts.isAwaitExpression(visited) && ts.isAwaitExpression(node)) {
          const call = visited.expression;
          const awaited = isSleepZero(node.expression, sleeps)
            ? f.createPropertyAccessExpression(f.createIdentifier(CPU), "yieldOnce")
            : isSleepCall(node.expression, sleeps) && ts.isCallExpression(call)
              ? f.createCallExpression(
                  f.createPropertyAccessExpression(f.createIdentifier(CPU), "awaitSleep"),
                  undefined,
                  call.arguments,
                )
              : call;
          return f.updateAwaitExpression(
            visited,
            f.createParenthesizedExpression(f.createComma(setLine("awaitLine", node, sourceFile), awaited)),
          );
        }
        if (ts.isThrowStatement(visited) && ts.isThrowStatement(node)) {
          return f.updateThrowStatement(
            visited,
            f.createParenthesizedExpression(
              f.createComma(setLine("throwLine", node, sourceFile), visited.expression),
            ),
          );
        }
        if (
          (ts.isFunctionDeclaration(visited) ||
            ts.isFunctionExpression(visited) ||
            ts.isMethodDeclaration(visited) ||
            ts.isGetAccessorDeclaration(visited) ||
            ts.isSetAccessorDeclaration(visited) ||
            ts.isConstructorDeclaration(visited) ||
            ts.isArrowFunction(visited)) &&
          visited.body
        ) {
          const mark =
            ts.isArrowFunction(node) && !ts.isBlock(node.body) && callsSomething(node.body)
              ? setLine("statementLine", node.body, sourceFile)
              : undefined;
          return countCalls(f, visited, counter("calls"), mark);
        }
        return visited;
      };
      return ts.visitNode(sourceFile, visit) as ts.SourceFile;
    };
  };
}

type FunctionLike =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.MethodDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration
  | ts.ConstructorDeclaration
  | ts.ArrowFunction;

/** Whether `node` calls or constructs something outside nested functions. */
function callsSomething(node: ts.Node): boolean {
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) return true;
  let found = false;
  const look = (child: ts.Node): void => {
    if (found || ts.isFunctionLike(child)) return;
    if (ts.isCallExpression(child) || ts.isNewExpression(child)) found = true;
    else ts.forEachChild(child, look);
  };
  ts.forEachChild(node, look);
  return found;
}

function countCalls(f: ts.NodeFactory, fn: FunctionLike, tick: ts.Statement, mark?: ts.Expression): ts.Node {
  const body = fn.body!;
  if (!ts.isBlock(body)) {
    // `x => expr` becomes `x => (__cpu.calls++, expr)`, keeping the expression form.
    const arrow = fn as ts.ArrowFunction;
    const counted = (tick as ts.ExpressionStatement).expression;
    const expression = f.createParenthesizedExpression(
      f.createComma(mark ? f.createComma(counted, mark) : counted, body),
    );
    return f.updateArrowFunction(
      arrow,
      arrow.modifiers,
      arrow.typeParameters,
      arrow.parameters,
      arrow.type,
      arrow.equalsGreaterThanToken,
      expression,
    );
  }
  // Constructors of derived classes must call super() first; counting before it is harmless in
  // ES2016 output only when no `this` is touched, so put the tick after a leading super() call.
  const statements = [...body.statements];
  const first = statements[0];
  const insertAt =
    ts.isConstructorDeclaration(fn) &&
    first &&
    ts.isExpressionStatement(first) &&
    ts.isCallExpression(first.expression) &&
    first.expression.expression.kind === ts.SyntaxKind.SuperKeyword
      ? 1
      : 0;
  statements.splice(insertAt, 0, tick);
  const block = f.updateBlock(body, statements);
  if (ts.isFunctionDeclaration(fn)) {
    return f.updateFunctionDeclaration(
      fn,
      fn.modifiers,
      fn.asteriskToken,
      fn.name,
      fn.typeParameters,
      fn.parameters,
      fn.type,
      block,
    );
  }
  if (ts.isFunctionExpression(fn)) {
    return f.updateFunctionExpression(
      fn,
      fn.modifiers,
      fn.asteriskToken,
      fn.name,
      fn.typeParameters,
      fn.parameters,
      fn.type,
      block,
    );
  }
  if (ts.isMethodDeclaration(fn)) {
    return f.updateMethodDeclaration(
      fn,
      fn.modifiers,
      fn.asteriskToken,
      fn.name,
      fn.questionToken,
      fn.typeParameters,
      fn.parameters,
      fn.type,
      block,
    );
  }
  if (ts.isGetAccessorDeclaration(fn)) {
    return f.updateGetAccessorDeclaration(fn, fn.modifiers, fn.name, fn.parameters, fn.type, block);
  }
  if (ts.isSetAccessorDeclaration(fn)) {
    return f.updateSetAccessorDeclaration(fn, fn.modifiers, fn.name, fn.parameters, block);
  }
  if (ts.isConstructorDeclaration(fn)) {
    return f.updateConstructorDeclaration(fn, fn.modifiers, fn.parameters, block);
  }
  return f.updateArrowFunction(
    fn,
    fn.modifiers,
    fn.typeParameters,
    fn.parameters,
    fn.type,
    fn.equalsGreaterThanToken,
    block,
  );
}
