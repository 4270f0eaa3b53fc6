/**
 * An `after` transformer: once TypeScript has turned async functions into
 * `__awaiter(this, args, P, function* () {…})` (and async generators into `__asyncGenerator`),
 * append the source function's name as an extra argument, so the runtime can name coroutines
 * (`coroutine 'delay' was never awaited`) without capturing a stack at every call.
 */
import ts from "typescript";
import { nameOf } from "./scopes.ts";

const HELPERS = new Set(["__awaiter", "__asyncGenerator"]);

export function nameCoroutines(): ts.TransformerFactory<ts.SourceFile> {
  return (context) => {
    const f = context.factory;
    return (sourceFile) => {
      const names: string[] = [];
      const visit = (node: ts.Node): ts.Node => {
        const original = ts.getOriginalNode(node);
        const isFunction = ts.isFunctionLike(original) && "body" in original;
        if (isFunction) names.push(functionName(original as ts.SignatureDeclaration));
        const visited = ts.visitEachChild(node, visit, context);
        if (isFunction) names.pop();
        // The helper call sits in the function TypeScript kept (the generator is its argument),
        // so the innermost name here is the async function's.
        if (
          ts.isCallExpression(visited) &&
          ts.isIdentifier(visited.expression) &&
          HELPERS.has(ts.idText(visited.expression)) &&
          names.length > 0
        ) {
          return f.updateCallExpression(visited, visited.expression, visited.typeArguments, [
            ...visited.arguments,
            f.createStringLiteral(names[names.length - 1]),
          ]);
        }
        return visited;
      };
      return ts.visitNode(sourceFile, visit) as ts.SourceFile;
    };
  };
}

function functionName(node: ts.SignatureDeclaration): string {
  const owner = node.parent;
  const className = owner && ts.isClassLike(owner) ? (owner.name?.text ?? "<class>") : undefined;
  return nameOf(node, className);
}
