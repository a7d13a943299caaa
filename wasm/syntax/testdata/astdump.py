"""Dump CPython's AST in the S-expression format of dump_test.go.

Usage: python3 astdump.py FILE  (CPython 3.11)
"""
import ast, json, sys

OPS = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
    ast.Mod: "%", ast.Pow: "**", ast.MatMult: "@", ast.LShift: "<<", ast.RShift: ">>",
    ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^", ast.Invert: "~", ast.Not: "not",
    ast.UAdd: "+", ast.USub: "-", ast.And: "and", ast.Or: "or",
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
    ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
}

class Dumper:
    def __init__(self, src):
        self.lines = src.split("\n")
        self.out = []

    def col(self, line, off):
        text = self.lines[line - 1].encode("utf-8")
        return len(text[:off].decode("utf-8", "replace")) + 1

    def open(self, name, n, pos=True):
        self.out.append("(" + name)
        if pos and n is not None and hasattr(n, "lineno"):
            self.out.append("@%d:%d-%d:%d" % (n.lineno, self.col(n.lineno, n.col_offset),
                                              n.end_lineno, self.col(n.end_lineno, n.end_col_offset)))

    def w(self, s):
        self.out.append(s)

    def field(self, v):
        self.w(" ")
        if v is None:
            self.w("-")
        elif isinstance(v, str):
            self.w(json.dumps(v))
        elif isinstance(v, int):
            self.w(str(v))
        elif isinstance(v, ast.AST):
            self.node(v)
        else:
            raise TypeError(v)

    def lst(self, xs, f=None):
        self.w(" [")
        for i, x in enumerate(xs):
            if i:
                self.w(" ")
            if f:
                f(x)
            elif x is None:
                self.w("-")
            else:
                self.node(x)
        self.w("]")

    def strs(self, xs):
        self.lst(xs, lambda s: self.w(json.dumps(s)))

    def const(self, v):
        if v is None: return "None"
        if v is True: return "True"
        if v is False: return "False"
        if v is Ellipsis: return "..."
        if isinstance(v, int): return "int:%d" % v
        if isinstance(v, float): return "float:" + format(v, ".17g")
        if isinstance(v, complex): return "imag:" + format(v.imag, ".17g")
        if isinstance(v, bytes): return "b" + json.dumps(v.decode("latin-1"))
        return json.dumps(v)

    def args(self, a):
        self.w("(arguments")
        self.lst(a.posonlyargs)
        self.lst(a.args)
        self.w(" "); self.w("-") if a.vararg is None else self.node(a.vararg)
        self.lst(a.kwonlyargs)
        self.lst(a.kw_defaults)
        self.w(" "); self.w("-") if a.kwarg is None else self.node(a.kwarg)
        self.lst(a.defaults)
        self.w(")")

    def joined(self, n):
        def part(v):
            if isinstance(v, ast.Constant):
                self.w("(Constant " + self.const(v.value) + ")")
            else:
                self.node(v, fpart=True)
        self.lst(n.values, part)

    def node(self, n, fpart=False):
        t = type(n).__name__
        if isinstance(n, ast.Name):
            self.open("Name", n); self.field(n.id)
        elif isinstance(n, ast.Constant):
            self.open("Constant", n); self.w(" " + self.const(n.value))
        elif isinstance(n, ast.JoinedStr):
            self.open("JoinedStr", n, not fpart); self.joined(n)
        elif isinstance(n, ast.FormattedValue):
            self.open("FormattedValue", n, False)
            self.field(n.value)
            self.field(None if n.conversion == -1 else chr(n.conversion))
            if n.format_spec is None:
                self.field(None)
            else:
                self.w(" "); self.node(n.format_spec, fpart=True)
        elif isinstance(n, ast.BinOp):
            self.open("BinOp", n); self.w(' "%s"' % OPS[type(n.op)]); self.field(n.left); self.field(n.right)
        elif isinstance(n, ast.UnaryOp):
            self.open("UnaryOp", n); self.w(' "%s"' % OPS[type(n.op)]); self.field(n.operand)
        elif isinstance(n, ast.BoolOp):
            self.open("BoolOp", n); self.w(' "%s"' % OPS[type(n.op)]); self.lst(n.values)
        elif isinstance(n, ast.Compare):
            self.open("Compare", n); self.field(n.left)
            self.lst(n.ops, lambda o: self.w('"%s"' % OPS[type(o)])); self.lst(n.comparators)
        elif isinstance(n, ast.keyword):
            self.open("Keyword", n); self.field(n.arg); self.field(n.value)
        elif isinstance(n, ast.Call):
            self.open("Call", n); self.field(n.func); self.lst(n.args); self.lst(n.keywords)
        elif isinstance(n, ast.Attribute):
            self.open("Attribute", n); self.field(n.value); self.field(n.attr)
        elif isinstance(n, ast.Subscript):
            self.open("Subscript", n); self.field(n.value); self.field(n.slice)
        elif isinstance(n, ast.Slice):
            self.open("Slice", n); self.field(n.lower); self.field(n.upper); self.field(n.step)
        elif isinstance(n, ast.Starred):
            self.open("Starred", n); self.field(n.value)
        elif isinstance(n, (ast.List, ast.Tuple, ast.Set)):
            self.open(t, n); self.lst(n.elts)
        elif isinstance(n, ast.Dict):
            self.open("Dict", n); self.lst(n.keys); self.lst(n.values)
        elif isinstance(n, ast.Lambda):
            self.open("Lambda", n); self.w(" "); self.args(n.args); self.field(n.body)
        elif isinstance(n, ast.IfExp):
            self.open("IfExp", n); self.field(n.test); self.field(n.body); self.field(n.orelse)
        elif isinstance(n, ast.comprehension):
            self.open("comprehension", n, False); self.field(n.target); self.field(n.iter); self.lst(n.ifs)
        elif isinstance(n, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            self.open(t, n); self.field(n.elt); self.lst(n.generators)
        elif isinstance(n, ast.DictComp):
            self.open(t, n); self.field(n.key); self.field(n.value); self.lst(n.generators)
        elif isinstance(n, ast.Yield):
            self.open(t, n); self.field(n.value)
        elif isinstance(n, ast.YieldFrom):
            self.open(t, n); self.field(n.value)
        elif isinstance(n, ast.NamedExpr):
            self.open(t, n); self.field(n.target); self.field(n.value)
        elif isinstance(n, ast.arg):
            self.open("arg", n); self.field(n.arg); self.field(n.annotation)
        elif isinstance(n, ast.Expr):
            self.open("Expr", n); self.field(n.value)
        elif isinstance(n, ast.Assign):
            self.open(t, n); self.lst(n.targets); self.field(n.value)
        elif isinstance(n, ast.AugAssign):
            self.open(t, n); self.field(n.target); self.w(' "%s"' % OPS[type(n.op)]); self.field(n.value)
        elif isinstance(n, ast.AnnAssign):
            self.open(t, n); self.field(n.target); self.field(n.annotation); self.field(n.value)
        elif isinstance(n, (ast.If, ast.While)):
            self.open(t, n); self.field(n.test); self.lst(n.body); self.lst(n.orelse)
        elif isinstance(n, ast.For):
            self.open(t, n); self.field(n.target); self.field(n.iter); self.lst(n.body); self.lst(n.orelse)
        elif isinstance(n, (ast.Break, ast.Continue, ast.Pass)):
            self.open(t, n)
        elif isinstance(n, ast.Return):
            self.open(t, n); self.field(n.value)
        elif isinstance(n, ast.FunctionDef):
            self.open(t, n); self.field(n.name); self.w(" "); self.args(n.args)
            self.lst(n.body); self.lst(n.decorator_list); self.field(n.returns)
        elif isinstance(n, ast.ClassDef):
            self.open(t, n); self.field(n.name); self.lst(n.bases); self.lst(n.keywords)
            self.lst(n.body); self.lst(n.decorator_list)
        elif isinstance(n, ast.ExceptHandler):
            self.open(t, n); self.field(n.type); self.field(n.name); self.lst(n.body)
        elif isinstance(n, ast.Try):
            self.open(t, n); self.lst(n.body); self.lst(n.handlers); self.lst(n.orelse); self.lst(n.finalbody)
        elif isinstance(n, ast.Raise):
            self.open(t, n); self.field(n.exc); self.field(n.cause)
        elif isinstance(n, ast.With):
            self.open(t, n)
            def item(i):
                self.w("(withitem"); self.field(i.context_expr); self.field(i.optional_vars); self.w(")")
            self.lst(n.items, item); self.lst(n.body)
        elif isinstance(n, ast.Assert):
            self.open(t, n); self.field(n.test); self.field(n.msg)
        elif isinstance(n, ast.Delete):
            self.open(t, n); self.lst(n.targets)
        elif isinstance(n, (ast.Global, ast.Nonlocal)):
            self.open(t, n); self.strs(n.names)
        elif isinstance(n, ast.alias):
            self.open("alias", n); self.field(n.name); self.field(n.asname)
        elif isinstance(n, ast.Import):
            self.open(t, n); self.lst(n.names)
        elif isinstance(n, ast.ImportFrom):
            self.open(t, n); self.field(n.module); self.lst(n.names); self.field(n.level)
        else:
            raise TypeError(t)
        self.w(")")

def main():
    for f in sys.argv[1:]:
        src = open(f, encoding="utf-8").read()
        try:
            tree = ast.parse(src)
        except SyntaxError as e:
            sys.stdout.write("=== %s\nERROR %s\n" % (f, e))
            continue
        d = Dumper(src)
        for s in tree.body:
            d.node(s)
            d.w("\n")
        sys.stdout.write("=== %s\n" % f)
        sys.stdout.write("".join(d.out))

main()
