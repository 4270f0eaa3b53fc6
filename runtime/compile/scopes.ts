/**
 * The learner's functions and their line ranges, so tracebacks can name the function a line
 * belongs to: compiled async functions run as anonymous generators, whose QuickJS frames have no
 * name.
 */
import ts from "typescript";

/** `[firstLine, lastLine, name]`, 1-based, outer functions before inner ones. */
export type Scope = [number, number, string];

export function collectScopes(sourceFile: ts.SourceFile): Scope[] {
  const scopes: Scope[] = [];
  const lineOf = (pos: number) => sourceFile.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node, className: string | undefined): void => {
    let nextClass = className;
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) nextClass = node.name?.text ?? "<class>";
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      scopes.push([lineOf(node.getStart(sourceFile)), lineOf(node.getEnd()), nameOf(node, className)]);
    }
    ts.forEachChild(node, (child) => visit(child, nextClass));
  };
  visit(sourceFile, undefined);
  return scopes;
}

export function nameOf(node: ts.SignatureDeclaration, className: string | undefined): string {
  const own =
    node.name && (ts.isIdentifier(node.name) || ts.isPrivateIdentifier(node.name))
      ? node.name.text
      : undefined;
  if (ts.isConstructorDeclaration(node)) return `${className ?? "<class>"}.constructor`;
  if (ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node)) {
    return className ? `${className}.${own ?? "<method>"}` : (own ?? "<method>");
  }
  if (own) return own;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return "<lambda>";
}
